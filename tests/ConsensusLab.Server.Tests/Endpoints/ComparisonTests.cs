using System.Text.Json.Nodes;
using ConsensusLab.Reporting;
using ConsensusLab.Reporting.Tests.Codebook;
using static ConsensusLab.Server.Tests.Problems;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// Linking a question across sessions and comparing it (issue 13): PUT/DELETE …/series, GET …/comparison and
/// comparison.csv. A comparison shows only the sessions a presented key opens.
/// </summary>
public sealed class ComparisonTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _earlier = "";
    private string _later = "";

    public async Task InitializeAsync()
    {
        _earlier = await _server.CreateSessionAsync(Definition("2025-11-20"));
        _later = await _server.CreateSessionAsync(Definition("2026-11-23"));
        // 2025: GOV agrees, CS does not (1 of 2); 2026: both agree (2 of 2).
        await AnswerAsync(_earlier, ("GOV", 4), ("CS", 1));
        await AnswerAsync(_later, ("GOV", 3), ("CS", 4));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Linked_questions_compare_in_date_order_with_the_keys_of_both_sessions()
    {
        await LinkOkAsync(_later, "agree", "IGF-Agree");
        var linked = await LinkOkAsync(_earlier, "agree", "igf-agree");

        var comparison = await ConsensusServer.ReadAsync(await ComparisonAsync(_later, _server.ModeratorKeys[_later], $"not-a-key, {_server.ViewKeys[_earlier]}"));

        Assert.Equal("igf-agree", linked["series"]!.GetValue<string>());
        Assert.Equal([_earlier, _later], comparison["sessions"]!.AsArray().Select(s => s!["code"]!.GetValue<string>()));
        Assert.Equal(0, comparison["withheldSessions"]!.GetValue<int>());
        var headcount = comparison["schemes"]!.AsArray().Single(s => s!["scheme"]!.GetValue<string>() == "headcount")!["overall"]!;
        Assert.Equal([0.5, 1.0], headcount["sessions"]!.AsArray().Select(s => s!["estimate"]!.GetValue<double>()));
        Assert.Equal(0.5, headcount["differences"]![0]!["difference"]!.GetValue<double>(), 12);
    }

    [Fact]
    public async Task A_session_whose_key_is_not_presented_is_withheld_and_only_counted()
    {
        await LinkOkAsync(_earlier, "agree", "igf-agree");
        await LinkOkAsync(_later, "agree", "igf-agree");

        var comparison = await ConsensusServer.ReadAsync(await ComparisonAsync(_later, _server.ModeratorKeys[_later]));

        Assert.Equal([_later], comparison["sessions"]!.AsArray().Select(s => s!["code"]!.GetValue<string>()));
        Assert.Equal(1, comparison["withheldSessions"]!.GetValue<int>());
        Assert.DoesNotContain(_earlier, comparison.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_of_another_kind_or_scale_are_refused()
    {
        await LinkOkAsync(_earlier, "agree", "igf-agree");

        await AssertProblemAsync(await LinkAsync(_later, "axis", "igf-agree"), 422, "5-point likert");
        await AssertProblemAsync(await LinkAsync(_later, "pick", "igf-pick"), 422, "only likert and position");
        await AssertProblemAsync(await LinkAsync(_later, "agree", "not a name!"), 422, "series");
        var later = await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{_later}"));
        Assert.All(later["questions"]!.AsArray(), q => Assert.Null(q!["series"]));
    }

    [Fact]
    public async Task Linking_and_comparing_need_the_sessions_key()
    {
        await LinkOkAsync(_earlier, "agree", "igf-agree");
        var anonymous = new HttpRequestMessage(HttpMethod.Put, $"/api/sessions/{_later}/questions/agree/series")
        {
            Content = new StringContent("""{"series":"igf-agree"}""", System.Text.Encoding.UTF8, "application/json"),
        };

        await AssertProblemAsync(await _server.Client.SendAsync(anonymous), 401, "key");
        // The earlier session's key does not open the later session's comparison, nor do two keys in one header.
        await AssertProblemAsync(await ComparisonAsync(_later, _server.ModeratorKeys[_earlier]), 403, "view access");
        await AssertProblemAsync(await ComparisonAsync(_later, $"{_server.ModeratorKeys[_later]},{_server.ModeratorKeys[_earlier]}"), 403, "view access");
    }

    [Fact]
    public async Task Unlinking_ends_the_comparison()
    {
        await LinkOkAsync(_earlier, "agree", "igf-agree");

        var unlinked = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Delete, _earlier, "questions/agree/series"));

        Assert.Null(unlinked["series"]);
        await AssertProblemAsync(await ComparisonAsync(_earlier, _server.ModeratorKeys[_earlier]), 422, "not linked");
    }

    [Fact]
    public async Task Comparison_csv_validates_against_its_Table_Schema()
    {
        await LinkOkAsync(_earlier, "axis", "igf-axis");
        await LinkOkAsync(_later, "axis", "igf-axis");
        var directory = Directory.CreateTempSubdirectory("consensuslab-comparison-").FullName;
        try
        {
            foreach (var file in SessionExporter.FileNames)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{_later}/exports/{file}");
                request.Headers.Add("X-Moderator-Key", _server.ModeratorKeys[_later]);
                request.Headers.Add("X-Linked-Keys", _server.ModeratorKeys[_earlier]);
                var response = await _server.Client.SendAsync(request);
                response.EnsureSuccessStatusCode();
                await File.WriteAllBytesAsync(Path.Combine(directory, file), await response.Content.ReadAsByteArrayAsync());
            }

            Assert.Equal([], TableSchemaCheck.Problems(directory));
            var lines = await File.ReadAllLinesAsync(Path.Combine(directory, SessionExporter.ComparisonCsv));
            Assert.Contains(lines, l => l.StartsWith($"igf-axis,axis,{_later},2026-11-23,axis,1,overall,headcount,positionMean,change,{_earlier},", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static object Definition(string heldOn) => new
    {
        title = $"Forum {heldOn[..4]}",
        heldOn,
        privacyThreshold = 1,
        questions = new object[]
        {
            new { id = "agree", kind = "likert", prompt = "We agree.", options = Sessions.FivePoints },
            new { id = "axis", kind = "position", prompt = "Evolve or create?", axis = new { left = "Evolve", right = "Create" } },
            new { id = "pick", kind = "singleChoice", prompt = "Pick one.", options = new[] { "A", "B", "C" } },
        },
    };

    private async Task AnswerAsync(string code, params (string Group, int Choice)[] answers)
    {
        foreach (var (group, choice) in answers)
        {
            var token = await _server.JoinAsync(code, group);
            await _server.AnswerOkAsync(code, "agree", token, new { requestId = $"{group}-agree", choice });
            await _server.AnswerOkAsync(code, "axis", token, new { requestId = $"{group}-axis", position = (choice - 2) / 2.0 });
        }
    }

    private Task<HttpResponseMessage> LinkAsync(string code, string question, string series) =>
        _server.ModeratorAsync(HttpMethod.Put, code, $"questions/{question}/series", new JsonObject { ["series"] = series });

    private async Task<JsonObject> LinkOkAsync(string code, string question, string series) =>
        await ConsensusServer.ReadAsync(await LinkAsync(code, question, series));

    private Task<HttpResponseMessage> ComparisonAsync(string code, string key, string? linkedKeys = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{code}/questions/agree/comparison");
        request.Headers.Add("X-Moderator-Key", key);
        if (linkedKeys is not null)
            request.Headers.Add("X-Linked-Keys", linkedKeys);
        return _server.Client.SendAsync(request);
    }
}

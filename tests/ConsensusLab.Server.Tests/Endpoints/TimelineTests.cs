using static ConsensusLab.Server.Tests.Problems;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// GET …/questions/{id}/rounds/{round}/timeline (issue 11): the agreement-over-time chart comes from the ledger, so a
/// reloaded console or projector draws it again; it needs the moderator or view key, like the meters.
/// </summary>
public sealed class TimelineTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync() => _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Timeline_gives_the_agreement_after_each_answer_and_ends_at_the_live_meters()
    {
        var gov = await _server.JoinAsync(_code, "GOV");
        var cs = await _server.JoinAsync(_code, "CS");
        await _server.AnswerOkAsync(_code, "agree", gov, new { requestId = "gov-1", choice = 4 });
        await _server.AnswerOkAsync(_code, "agree", cs, new { requestId = "cs-1", choice = 0 });
        await _server.AnswerOkAsync(_code, "agree", cs, new { requestId = "cs-2", choice = 3 });

        var timeline = await ConsensusServer.ReadAsync(await TimelineAsync("agree", 1, _server.ViewKeys[_code]));

        Assert.Equal(("agree", "likert", 1, "agree", 3), (timeline["questionId"]!.GetValue<string>(), timeline["kind"]!.GetValue<string>(),
            timeline["round"]!.GetValue<int>(), timeline["figure"]!.GetValue<string>(), timeline["changes"]!.GetValue<int>()));
        var points = timeline["points"]!.AsArray();
        Assert.Equal([1.0, 0.5, 1.0], points.Select(p => p!["values"]!["headcount"]!.GetValue<double>()));
        Assert.Equal([1L, 2, 2], points.Select(p => p!["respondents"]!.GetValue<long>()));
        var meters = await _server.MetersAsync(_code, "agree");
        Assert.Equal(meters["version"]!.GetValue<long>(), points[^1]!["sequence"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_new_round_starts_an_empty_timeline_and_the_first_keeps_its_own()
    {
        var gov = await _server.JoinAsync(_code, "GOV");
        await _server.AnswerOkAsync(_code, "axis", gov, new { requestId = "r1", position = -0.5 });
        (await _server.ModeratorAsync(HttpMethod.Post, _code, "questions/axis/rounds")).EnsureSuccessStatusCode();

        var second = await ConsensusServer.ReadAsync(await TimelineAsync("axis", 2, _server.ModeratorKeys[_code]));
        var first = await ConsensusServer.ReadAsync(await TimelineAsync("axis", 1, _server.ModeratorKeys[_code]));

        Assert.Empty(second["points"]!.AsArray());
        Assert.Equal("positionMean", first["figure"]!.GetValue<string>());
        Assert.Equal(-0.5, Assert.Single(first["points"]!.AsArray())!["values"]!["equalFooting"]!.GetValue<double>());
    }

    public static TheoryData<string, string, bool, int, string> Refusals => new()
    {
        // question, round, send the view key, expected status, words the problem must contain
        { "agree", "1", false, 401, "key" },
        { "pick", "1", true, 422, "only likert and position" },
        { "nope", "1", true, 404, "nope" },
        { "agree", "2", true, 404, "rounds 1 to 1" },
        { "agree", "0", true, 404, "rounds 1 to 1" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Timeline_is_refused_with_a_problem(string question, string round, bool withKey, int status, string words)
    {
        var response = await _server.Client.GetAsync(
            $"/api/sessions/{_code}/questions/{question}/rounds/{round}/timeline{(withKey ? $"?key={_server.ViewKeys[_code]}" : "")}");
        await AssertProblemAsync(response, status, words);
    }

    [Fact]
    public async Task A_wrong_key_is_forbidden()
    {
        await AssertProblemAsync(await TimelineAsync("agree", 1, "not-the-key"), 403, "view access");
    }

    [Fact]
    public async Task The_timeline_is_in_the_OpenAPI_document()
    {
        var document = await ConsensusServer.ReadAsync(await _server.Client.GetAsync("/openapi/v1.json"));
        var get = document["paths"]!["/api/sessions/{code}/questions/{questionId}/rounds/{round}/timeline"]!["get"]!;
        Assert.Equal("Read the agreement or mean position over a round", get["summary"]!.GetValue<string>());
        foreach (var status in new[] { "200", "401", "403", "404", "422" })
            Assert.NotNull(get["responses"]![status]);
        Assert.NotNull(get["responses"]!["200"]!["content"]!["application/json"]!["schema"]);
    }

    private Task<HttpResponseMessage> TimelineAsync(string question, int round, string key) =>
        _server.Client.GetAsync($"/api/sessions/{_code}/questions/{question}/rounds/{round}/timeline?key={Uri.EscapeDataString(key)}");
}

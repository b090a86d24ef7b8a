using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// The moderator's raking reaches the exported and recomputed figures (issue 12). Room: GOV answers 4, 3 (Kenya) and 1
/// (France); CS 0 (Kenya), 4, 3, 2 (France) and 4 (Brazil). Reference values: Rscript
/// tests/ConsensusLab.Reporting.Tests/Reference/raked_summary.R (survey 4.1.1), the same room.
/// </summary>
public sealed class RakingSettingsTests : IAsyncLifetime
{
    private const string Balanced = """{"enabled":true,"tolerance":1e-12,"maxIterations":1000}""";

    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync()
    {
        _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);
        foreach (var (group, country, choice) in new[] { ("GOV", "KE", 4), ("GOV", "KE", 3), ("GOV", "FR", 1), ("CS", "KE", 0),
                     ("CS", "FR", 4), ("CS", "FR", 3), ("CS", "FR", 2), ("CS", "BR", 4) })
            await _server.AnswerOkAsync(_code, "agree", await _server.JoinAsync(_code, group, country), new { requestId = "1", choice });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Raking_adds_raked_rows_whose_weights_sum_to_n_and_meet_the_margins()
    {
        Assert.DoesNotContain(await SummaryRowsAsync(), r => r["scheme"] == "raked");

        var session = await ConsensusServer.ReadAsync(await PutAsync(Balanced));

        Assert.True(session["raking"]!["enabled"]!.GetValue<bool>());
        var raked = (await SummaryRowsAsync()).Where(r => r["question"] == "agree" && r["scheme"] == "raked").ToList();
        var overall = raked.Single(r => r["group"] == "overall");
        Assert.Equal(8, Number(overall["total_weight"]), 9);
        Assert.Equal(4, Number(raked.Single(r => r["group"] == "GOV")["total_weight"]), 9);
        Assert.Equal(4, Number(raked.Single(r => r["group"] == "CS")["total_weight"]), 9);
        Assert.Equal(0.722222222222248, Number(overall["agree"]), 9);
        Assert.Equal(0.199498030986139, Number(overall["agree_se"]), 9);
        Assert.Equal(1.625185185184907, Number(overall["design_effect"]), 9);

        var raking = (await SurveyAsync("exports/summary.json", json => json["questions"]![0]!["rounds"]![0]!["survey"]!))["raking"]!;
        Assert.True(raking["converged"]!.GetValue<bool>());
        Assert.True(raking["maxMarginError"]!.GetValue<double>() < 1e-9);
        Assert.Equal(1.625185185184907, raking["designEffect"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task A_margin_the_room_cannot_meet_is_said_in_the_recomputed_view_and_the_other_figures_stay()
    {
        (await PutAsync("""{"enabled":true,"regionShares":{"African Group":1,"Asia-Pacific Group":1}}""")).EnsureSuccessStatusCode();

        var survey = await SurveyAsync("recompute", json => json["questions"]!.AsArray().Single(q => q!["questionId"]!.GetValue<string>() == "agree")!["survey"]!);

        Assert.Contains("Asia-Pacific Group", survey["raking"]!["problem"]!.GetValue<string>());
        Assert.DoesNotContain(survey["weightings"]!.AsArray(), w => w!["weighting"]!.GetValue<string>() == "raked");
        Assert.Equal(3, survey["weightings"]!.AsArray().Count);
        Assert.DoesNotContain(await SummaryRowsAsync(), r => r["scheme"] == "raked");
    }

    [Theory]
    [InlineData("""{"enabled":true,"regionShares":{"Atlantis":1}}""")]
    [InlineData("""{"enabled":true,"groupShares":{"GOV":-1,"CS":1}}""")]
    [InlineData("""{"enabled":true,"genderShares":{"female":0,"male":0}}""")]
    [InlineData("""{"enabled":true,"tolerance":0}""")]
    [InlineData("""{"enabled":true,"maxIterations":0}""")]
    [InlineData("""{"enabled":true,"trimLower":1.5}""")]
    [InlineData("""{"enabled":true,"trimUpper":0.5}""")]
    public async Task Bad_targets_and_options_are_refused_with_422_and_change_nothing(string body)
    {
        (await PutAsync("""{"enabled":true,"includeGender":true}""")).EnsureSuccessStatusCode();

        var response = await PutAsync(body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var raking = (await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{_code}")))["raking"]!;
        Assert.True(raking["includeGender"]!.GetValue<bool>());
        Assert.Null(raking["regionShares"]);
    }

    private static double Number(string field) => double.Parse(field, CultureInfo.InvariantCulture);

    private Task<HttpResponseMessage> PutAsync(string body) =>
        _server.ModeratorAsync(HttpMethod.Put, _code, "raking", JsonNode.Parse(body));

    private async Task<JsonNode> SurveyAsync(string path, Func<JsonObject, JsonNode> pick) =>
        pick(await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, _code, path)));

    private async Task<List<Dictionary<string, string>>> SummaryRowsAsync()
    {
        var lines = (await (await _server.ModeratorAsync(HttpMethod.Get, _code, "exports/summary.csv")).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        // No summary.csv field of this room holds a comma or a quote, so a plain split reads it.
        return [.. lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}

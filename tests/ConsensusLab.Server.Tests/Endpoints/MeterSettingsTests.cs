using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// The moderator's confidence level, Delphi rule and Esteban–Ray α reach every served and exported figure (issue 12:
/// the Delphi threshold stayed at 0.70 whatever the moderator set). Room: GOV and CS answer alike, nine each: 4, 4, 4,
/// 4, 3, 3, 3, 2, 2 on a five-point scale (0 .. 4). Agree (top two) 7/9 ≈ 0.78, IQR 4 − 3 = 1 (≤ (5 − 1)/4): consensus
/// at 0.70, none at 0.80. Both groups alike, so the equal footing and headcount figures are the same.
/// </summary>
public sealed class MeterSettingsTests : IAsyncLifetime
{
    private static readonly int[] GroupAnswers = [4, 4, 4, 4, 3, 3, 3, 2, 2];

    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync()
    {
        _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);
        foreach (var group in new[] { "GOV", "CS" })
            foreach (var choice in GroupAnswers)
                await _server.AnswerOkAsync(_code, "agree", await _server.JoinAsync(_code, group), new { requestId = "1", choice });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_new_session_shows_the_documented_defaults()
    {
        var settings = (await SessionAsync())["meterSettings"]!;

        Assert.Equal(0.95, settings["confidence"]!.GetValue<double>());
        Assert.Equal(0.70, settings["delphiAgreeShare"]!.GetValue<double>());
        Assert.Null(settings["delphiMaximumInterquartileRange"]);
        Assert.Equal(1.3, settings["estebanRayAlpha"]!.GetValue<double>());
    }

    [Fact]
    public async Task Delphi_share_of_0_8_turns_a_consensus_at_0_70_into_none_under_both_weightings()
    {
        var before = (await _server.MetersAsync(_code, "agree"))["meters"]!;
        Assert.Equal("consensusFor", Verdict(before, "equalFooting"));
        Assert.Equal("consensusFor", Verdict(before, "headcount"));

        var session = await ConsensusServer.ReadAsync(await PutAsync("""{"delphiAgreeShare":0.8}"""));

        Assert.Equal(0.8, session["meterSettings"]!["delphiAgreeShare"]!.GetValue<double>());
        var after = (await _server.MetersAsync(_code, "agree"))["meters"]!;
        Assert.Equal("noConsensus", Verdict(after, "equalFooting"));
        Assert.Equal("noConsensus", Verdict(after, "headcount"));
        Assert.Equal("noConsensus", after["equalFooting"]!["overall"]!["ordinalConsensus"]!["verdict"]!.GetValue<string>());
        Assert.Equal("noConsensus", (await ExportedAsync("headcount"))["ordinalConsensus"]!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_round_distribution_and_the_recomputed_view_follow_the_Delphi_share()
    {
        (await PutAsync("""{"delphiAgreeShare":0.8}""")).EnsureSuccessStatusCode();

        var distribution = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, _code, "questions/agree/rounds/1/distribution"));
        Assert.Equal("noConsensus", distribution["overall"]!["ordinalConsensus"]!["verdict"]!.GetValue<string>());
        var recomputed = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, _code, "recompute"));
        var agree = recomputed["questions"]!.AsArray().Single(q => q!["questionId"]!.GetValue<string>() == "agree")!;
        Assert.All(agree["meters"]!.AsArray(), m => Assert.Equal("noConsensus", m!["consensus"]!["verdict"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_tighter_IQR_bound_turns_the_consensus_into_none()
    {
        (await PutAsync("""{"delphiMaximumInterquartileRange":0.5}""")).EnsureSuccessStatusCode();

        Assert.Equal("noConsensus", Verdict((await _server.MetersAsync(_code, "agree"))["meters"]!, "equalFooting"));
    }

    [Fact]
    public async Task The_live_channel_recomputes_the_verdict_as_soon_as_the_share_changes()
    {
        await using var live = await LiveEvents.ConnectAsync(_server.Client, _code, _server.ModeratorKeys[_code]);
        await live.WaitForAsync("meters", m => IsAgree(m) && Verdict(m["meters"]!, "equalFooting") == "consensusFor", TimeSpan.FromSeconds(10));

        (await PutAsync("""{"delphiAgreeShare":0.8}""")).EnsureSuccessStatusCode();

        var changed = await live.WaitForAsync("meters", m => IsAgree(m) && Verdict(m["meters"]!, "equalFooting") == "noConsensus",
            TimeSpan.FromSeconds(10));
        Assert.Equal("noConsensus", Verdict(changed["meters"]!, "headcount"));
    }

    [Fact]
    public async Task Confidence_of_0_90_narrows_the_interval_of_the_meters_and_the_summary_export_alike()
    {
        var wide = await AgreeAsync();

        (await PutAsync("""{"confidence":0.90}""")).EnsureSuccessStatusCode();

        var narrow = await AgreeAsync();
        Assert.Equal(wide["estimate"]!.GetValue<double>(), narrow["estimate"]!.GetValue<double>(), 12);
        Assert.True(Width(narrow) < Width(wide), $"{narrow} is not narrower than {wide}");
        Assert.Equal(narrow.ToJsonString(), (await ExportedAsync("equalFooting"))["agree"]!.ToJsonString());
        var summary = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, _code, "exports/summary.json"));
        Assert.Equal(0.90, summary["meterSettings"]!["confidence"]!.GetValue<double>());
    }

    [Theory]
    // Shares 2/9, 3/9, 4/9 at 0.5, 0.75 and 1 of the scale (Likert point a of 4 at a/4).
    [InlineData(1.3)]
    [InlineData(0.5)]
    // α = 0: twice Gini's mean difference.
    [InlineData(0.0)]
    public async Task Esteban_Ray_alpha_reaches_the_polarization_of_the_meters_and_the_export(double alpha)
    {
        double[] shares = [2.0 / 9, 3.0 / 9, 4.0 / 9];
        double[] positions = [0.5, 0.75, 1.0];
        var expected = 0.0;
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                expected += Math.Pow(2, 1 + alpha) * Math.Pow(shares[i], 1 + alpha) * shares[j] * Math.Abs(positions[i] - positions[j]);

        (await PutAsync($$"""{"estebanRayAlpha":{{alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""")).EnsureSuccessStatusCode();

        var overall = (await _server.MetersAsync(_code, "agree"))["meters"]!["equalFooting"]!["overall"]!;
        Assert.Equal(expected, overall["polarization"]!.GetValue<double>(), 12);
        Assert.Equal(expected, (await ExportedAsync("equalFooting"))["polarization"]!.GetValue<double>(), 12);
    }

    [Theory]
    [InlineData("""{"confidence":0.5}""")]
    [InlineData("""{"confidence":0.9995}""")]
    [InlineData("""{"confidence":1}""")]
    [InlineData("""{"delphiAgreeShare":0.49}""")]
    [InlineData("""{"delphiAgreeShare":1.01}""")]
    [InlineData("""{"delphiMaximumInterquartileRange":-0.1}""")]
    [InlineData("""{"estebanRayAlpha":-0.1}""")]
    // Above Esteban and Ray's bound, which the statistics library refuses.
    [InlineData("""{"estebanRayAlpha":1.7}""")]
    [InlineData("""{"confidence":0.9,"estebanRayAlpha":2}""")]
    public async Task Out_of_range_settings_are_refused_with_422_and_change_nothing(string body)
    {
        (await PutAsync("""{"delphiAgreeShare":0.75}""")).EnsureSuccessStatusCode();
        var before = await AgreeAsync();

        var response = await PutAsync(body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var settings = (await SessionAsync())["meterSettings"]!;
        Assert.Equal(0.95, settings["confidence"]!.GetValue<double>());
        Assert.Equal(0.75, settings["delphiAgreeShare"]!.GetValue<double>());
        Assert.Equal(1.3, settings["estebanRayAlpha"]!.GetValue<double>());
        Assert.Equal(before.ToJsonString(), (await AgreeAsync()).ToJsonString());
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_refused_with_400()
    {
        var response = await PutAsync("""{"confidence":"high"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0.95, (await SessionAsync())["meterSettings"]!["confidence"]!.GetValue<double>());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("view", HttpStatusCode.Forbidden)]
    public async Task Only_the_moderator_sets_them_and_a_refusal_changes_nothing(string? key, HttpStatusCode status)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/sessions/{_code}/meter-settings")
        {
            Content = new StringContent("""{"delphiAgreeShare":0.8}""", System.Text.Encoding.UTF8, "application/json"),
        };
        if (key is not null)
            request.Headers.Add("X-Moderator-Key", _server.ViewKeys[_code]);

        var response = await _server.Client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(0.70, (await SessionAsync())["meterSettings"]!["delphiAgreeShare"]!.GetValue<double>());
        Assert.Equal("consensusFor", Verdict((await _server.MetersAsync(_code, "agree"))["meters"]!, "equalFooting"));
    }

    [Fact]
    public async Task An_empty_body_restores_the_defaults()
    {
        (await PutAsync("""{"confidence":0.9,"delphiAgreeShare":0.8,"delphiMaximumInterquartileRange":2,"estebanRayAlpha":1}""")).EnsureSuccessStatusCode();

        var settings = (await ConsensusServer.ReadAsync(await PutAsync("{}")))["meterSettings"]!;

        Assert.Equal("""{"confidence":0.95,"delphiAgreeShare":0.7,"delphiMaximumInterquartileRange":null,"estebanRayAlpha":1.3}""",
            settings.ToJsonString());
    }

    private Task<HttpResponseMessage> PutAsync(string body) =>
        _server.ModeratorAsync(HttpMethod.Put, _code, "meter-settings", JsonNode.Parse(body));

    private async Task<JsonObject> SessionAsync() =>
        await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{_code}"));

    private async Task<JsonNode> AgreeAsync() =>
        (await _server.MetersAsync(_code, "agree"))["meters"]!["equalFooting"]!["overall"]!["agree"]!;

    /// <summary>The overall meter of the agree question under one scheme in summary.json.</summary>
    private async Task<JsonNode> ExportedAsync(string scheme)
    {
        var summary = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, _code, "exports/summary.json"));
        var agree = summary["questions"]!.AsArray().Single(q => q!["id"]!.GetValue<string>() == "agree")!;
        return agree["meters"]!.AsArray().Single(m => m!["scheme"]!.GetValue<string>() == scheme)!["overall"]!;
    }

    private static string Verdict(JsonNode meters, string scheme) => meters[scheme]!["consensus"]!["verdict"]!.GetValue<string>();

    private static bool IsAgree(JsonObject update) => update["questionId"]!.GetValue<string>() == "agree";

    private static double Width(JsonNode agree) => agree["upper"]!.GetValue<double>() - agree["lower"]!.GetValue<double>();
}

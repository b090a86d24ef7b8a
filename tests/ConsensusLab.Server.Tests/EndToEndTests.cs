using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests;

/// <summary>From participants' answers to the moderator's meters, over HTTP, checked against figures worked out by hand.</summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync()
    {
        _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);
        // Two Government participants strongly agree; Civil Society agrees; Technical Community disagrees.
        var gov1 = await _server.JoinAsync(_code, "GOV", "FR");
        var gov2 = await _server.JoinAsync(_code, "GOV", "BR");
        var cs = await _server.JoinAsync(_code, "CS", "KE");
        var tc = await _server.JoinAsync(_code, "TC", "HT");
        await _server.AnswerOkAsync(_code, "agree", gov1, new { requestId = "1", choice = 4 });
        await _server.AnswerOkAsync(_code, "agree", gov2, new { requestId = "2", choice = 0 });
        await _server.AnswerOkAsync(_code, "agree", gov2, new { requestId = "3", choice = 4 }); // replaces the 0
        await _server.AnswerOkAsync(_code, "agree", cs, new { requestId = "4", choice = 3 });
        await _server.AnswerOkAsync(_code, "agree", tc, new { requestId = "5", choice = 1 });
        await _server.AnswerOkAsync(_code, "axis", gov1, new { requestId = "6", position = 0.5 });
        await _server.AnswerOkAsync(_code, "axis", cs, new { requestId = "7", position = -0.25 });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Headcount_meters_count_one_per_person()
    {
        var meters = (await _server.MetersAsync(_code, "agree"))["meters"]!["headcount"]!;
        var overall = meters["overall"]!;
        Assert.Equal(4, overall["respondents"]!.GetValue<int>());
        Assert.Equal(4.0, overall["effectiveN"]!.GetValue<double>(), 9);
        Assert.Equal([0, 0.25, 0, 0.25, 0.5], Numbers(overall["distribution"]));
        // 3 of 4 in the top two points; Wilson on n = 4 with z = Φ⁻¹(0.975) = 1.959964: [0.300642, 0.954413].
        Assert.Equal(0.75, overall["agree"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(0.30064184258240184, overall["agree"]!["lower"]!.GetValue<double>(), 6);
        Assert.Equal(0.9544127391902995, overall["agree"]!["upper"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task Equal_footing_gives_each_group_present_the_same_weight()
    {
        var meters = (await _server.MetersAsync(_code, "agree"))["meters"]!["equalFooting"]!;
        var overall = meters["overall"]!;
        // Three groups present, N = 4: each group carries 4/3; a Government respondent 2/3, the others 4/3.
        Assert.Equal(4.0, overall["totalWeight"]!.GetValue<double>(), 9);
        Assert.Equal([0, 0.333333333, 0, 0.333333333, 0.333333333], Numbers(overall["distribution"]));
        // % agree = mean of group shares (1 + 1 + 0) / 3; Kish n_eff = 16 / (16/9/2 + 16/9 + 16/9) = 3.6.
        Assert.Equal(2.0 / 3, overall["agree"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(3.6, overall["effectiveN"]!.GetValue<double>(), 9);
        Assert.Equal(0.23117429071918422, overall["agree"]!["lower"]!.GetValue<double>(), 6);
        Assert.Equal(0.9300844125693284, overall["agree"]!["upper"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task Cross_group_figures_show_that_the_groups_disagree()
    {
        var equal = (await _server.MetersAsync(_code, "agree"))["meters"]!["equalFooting"]!["crossGroup"]!;
        // Polis: (2+1)/(2+2) · (1+1)/(1+2) · (0+1)/(1+2) = 1/6; the Technical Community's 0% agree is the minimum.
        Assert.Equal(1.0 / 6, equal["groupInformedConsensus"]!.GetValue<double>(), 9);
        Assert.Equal(0.0, equal["minimumAgree"]!.GetValue<double>(), 9);
        Assert.Equal(3, equal["groupsPresent"]!.GetValue<int>());
        // Three disjoint answers weighted equally: JSD = log2(3) bits; by headcount (1/2, 1/4, 1/4): 1.5 bits.
        Assert.Equal(Math.Log2(3), equal["jensenShannonBits"]!.GetValue<double>(), 9);
        var headcount = (await _server.MetersAsync(_code, "agree"))["meters"]!["headcount"]!["crossGroup"]!;
        Assert.Equal(1.5, headcount["jensenShannonBits"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task Per_group_meters_show_each_group_and_leave_absent_groups_undefined()
    {
        var groups = (await _server.MetersAsync(_code, "agree"))["meters"]!["headcount"]!["groups"]!.AsArray();
        var gov = groups.Single(g => g!["group"]!.GetValue<string>() == "GOV")!;
        var igo = groups.Single(g => g!["group"]!.GetValue<string>() == "IGO")!;
        Assert.Equal(2, gov["respondents"]!.GetValue<int>());
        Assert.Equal(1.0, gov["agree"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(0, igo["respondents"]!.GetValue<int>());
        Assert.Null(igo["agree"]!["estimate"]);
        Assert.Null(igo["effectiveN"]);
    }

    [Fact]
    public async Task Position_meter_gives_the_mean_position_and_the_sides_of_the_status_quo()
    {
        var overall = (await _server.MetersAsync(_code, "axis"))["meters"]!["headcount"]!["overall"]!;
        Assert.Equal(0.125, overall["position"]!["mean"]!.GetValue<double>(), 9);
        // Both positions (0.5 and −0.25) lie above the status quo at −0.5.
        Assert.Equal(1.0, overall["position"]!["shareAboveStatusQuo"]!.GetValue<double>(), 9);
        Assert.Equal(0.0, overall["position"]!["shareBelowStatusQuo"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task Session_view_counts_participants_and_respondents()
    {
        var session = await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{_code}"));
        Assert.Equal(4, session["participants"]!.GetValue<int>());
        var agree = session["questions"]!.AsArray().Single(q => q!["id"]!.GetValue<string>() == "agree")!;
        Assert.Equal(4, agree["respondents"]!.GetValue<int>());
        Assert.EndsWith($"/join/{_code}", session["joinUrl"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Participant_reads_back_the_answer_that_counts()
    {
        var token = await _server.JoinAsync(_code, "PS", "DE");
        var first = await _server.AnswerOkAsync(_code, "pick", token, new { requestId = "a", choice = 0 });
        var second = await _server.AnswerOkAsync(_code, "pick", token, new { requestId = "b", choice = 2 });
        Assert.False(first["replaced"]!.GetValue<bool>());
        Assert.True(second["replaced"]!.GetValue<bool>());

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{_code}/questions/pick/answers/mine");
        request.Headers.Authorization = new("Bearer", token);
        var mine = await ConsensusServer.ReadAsync(await _server.Client.SendAsync(request));
        Assert.Equal(2, mine["answer"]!["choice"]!.GetValue<int>());
        Assert.Equal(second["sequence"]!.GetValue<long>(), mine["sequence"]!.GetValue<long>());
    }

    [Fact]
    public async Task Raw_answers_export_lists_every_ledger_entry_with_pseudonyms_and_status()
    {
        var csv = await (await _server.ModeratorAsync(HttpMethod.Get, _code, "exports/answers.csv")).Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length); // header + 7 ledger entries
        Assert.Single(lines, l => l.Contains(",superseded", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Western European and Others Group", StringComparison.Ordinal) && l.Contains(",FR,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains(",P-", l, StringComparison.Ordinal));
        Assert.DoesNotContain("Bearer", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Participation_export_gives_the_workshop_report_figures()
    {
        var figures = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, _code, "exports/participation.json"));
        // FR developed; BR and KE developing; HT an LDC on the session's pinned day (2026-11-23).
        var development = figures["development"]!;
        Assert.Equal(1, development["developed"]!["count"]!.GetValue<int>());
        Assert.Equal(2, development["developingExcludingLdc"]!["count"]!.GetValue<int>());
        Assert.Equal(1, development["leastDeveloped"]!["count"]!.GetValue<int>());
        Assert.Equal(4, figures["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Summary_export_recomputes_the_live_figures_from_the_ledger()
    {
        var summary = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, _code, "exports/summary.json"));
        var live = (await _server.MetersAsync(_code, "agree"))["meters"]!["equalFooting"]!["overall"]!;
        var agree = summary["questions"]!.AsArray().Single(q => q!["id"]!.GetValue<string>() == "agree")!;
        var exported = agree["meters"]!.AsArray().Single(m => m!["scheme"]!.GetValue<string>() == "equalFooting")!["overall"]!;
        Assert.Equal(live["agree"]!.ToJsonString(), exported["agree"]!.ToJsonString());
        Assert.Equal(live["effectiveN"]!.GetValue<double>(), exported["effectiveN"]!.GetValue<double>(), 12);
    }

    private static double[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(n => Math.Round(n!.GetValue<double>(), 9))];
}

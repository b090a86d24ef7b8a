namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// The shift between rounds is given under each weighting, and under each it is the change of the figures a card shows
/// under it (issue 11: "net change −0.02" unweighted beside weighted means that rose by 0.022).
/// </summary>
public sealed class RoundChangeTests
{
    [Fact]
    public async Task Net_change_of_the_mean_position_is_given_under_each_weighting_and_matches_its_meters()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var government = await server.JoinAsync(code, "GOV");
        string[] society = [await server.JoinAsync(code, "CS"), await server.JoinAsync(code, "CS"), await server.JoinAsync(code, "CS")];
        // Round 1: GOV at −1, civil society at 0. Round 2: GOV moves to 0, civil society to −0.5.
        await server.AnswerOkAsync(code, "axis", government, new { requestId = "g1", position = -1.0 });
        foreach (var token in society)
            await server.AnswerOkAsync(code, "axis", token, new { requestId = "s1", position = 0.0 });
        (await server.ModeratorAsync(HttpMethod.Post, code, "questions/axis/rounds")).EnsureSuccessStatusCode();
        await server.AnswerOkAsync(code, "axis", government, new { requestId = "g2", position = 0.0 });
        foreach (var token in society)
            await server.AnswerOkAsync(code, "axis", token, new { requestId = "s2", position = -0.5 });

        var shift = await ConsensusServer.ReadAsync(await server.ModeratorAsync(HttpMethod.Get, code, "questions/axis/rounds/2/change"));
        var net = shift["netChanges"]!;

        // Equal footing: the group means −1 and 0 average −0.5, then 0 and −0.5 average −0.25: up by 0.25.
        Assert.Equal(0.25, net["equalFooting"]!["meanPosition"]!.GetValue<double>(), 9);
        // Headcount: −1/4 = −0.25, then −1.5/4 = −0.375: down by 0.125, the unweighted change.
        Assert.Equal(-0.125, net["headcount"]!["meanPosition"]!.GetValue<double>(), 9);
        Assert.Equal(shift["netChangeMeanPosition"]!.GetValue<double>(), net["headcount"]!["meanPosition"]!.GetValue<double>(), 9);
        Assert.Null(net["equalFooting"]!["agree"]);
        // The same change as the figures the card shows: round 1's equal-footing mean and the live meter of round 2.
        var round1 = await ConsensusServer.ReadAsync(await server.Client.GetAsync($"/api/sessions/{code}/questions/axis/rounds/1/distribution"));
        var round2 = (await server.MetersAsync(code, "axis"))["meters"]!["equalFooting"]!["overall"]!;
        Assert.Equal(round2["position"]!["mean"]!.GetValue<double>() - round1["overall"]!["position"]!["mean"]!.GetValue<double>(),
            net["equalFooting"]!["meanPosition"]!.GetValue<double>(), 9);
        // Issue 13: the export carries the same change, one row per weighting.
        var csv = await (await server.ModeratorAsync(HttpMethod.Get, code, "exports/round_changes.csv")).Content.ReadAsStringAsync();
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["equalFooting", "headcount", "custom"], rows.Select(r => r[10]));
        Assert.All(rows, r => Assert.Equal(("axis", "1", "2", "4"), (r[0], r[2], r[3], r[4])));
        Assert.Equal(0.25, double.Parse(rows[0][12], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal(-0.125, double.Parse(rows[1][12], System.Globalization.CultureInfo.InvariantCulture), 9);
    }
}

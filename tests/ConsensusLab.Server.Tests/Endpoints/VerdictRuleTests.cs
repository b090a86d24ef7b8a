namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// Under equal footing the verdict takes the groups into account and names its rule (issue 11: "Consensus" beside a
/// cross-group consensus of 15%). Room: GOV and PS 5 each strongly agree; CS 3 strongly agree and 2 disagree (60%
/// agree, below the 70% criterion).
/// </summary>
public sealed class VerdictRuleTests
{
    [Fact]
    public async Task One_group_below_the_criterion_keeps_an_equal_footing_verdict_from_consensus_and_is_named()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var answers = new[] { ("GOV", 4, 5), ("PS", 4, 5), ("CS", 4, 3), ("CS", 1, 2) };
        foreach (var (group, choice, count) in answers)
            for (var i = 0; i < count; i++)
                await server.AnswerOkAsync(code, "agree", await server.JoinAsync(code, group), new { requestId = "1", choice });

        var meters = (await server.MetersAsync(code, "agree"))["meters"]!;
        var equalFooting = meters["equalFooting"]!["consensus"]!;
        var headcount = meters["headcount"]!["consensus"]!;

        // The room alone meets the criterion (87% agree, IQR 0) under both weightings.
        Assert.Equal("consensusFor", equalFooting["roomVerdict"]!.GetValue<string>());
        Assert.Equal("consensusFor", headcount["roomVerdict"]!.GetValue<string>());
        // Under equal footing civil society holds the verdict back, and the rule says why.
        Assert.Equal("noConsensus", equalFooting["verdict"]!.GetValue<string>());
        Assert.Equal("everyGroup", equalFooting["rule"]!.GetValue<string>());
        Assert.Equal(["CS"], equalFooting["holdouts"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(3, equalFooting["groupsChecked"]!.GetValue<int>());
        Assert.Equal(2, equalFooting["groupsMeeting"]!.GetValue<int>());
        // Under headcount the room decides; the group that does not meet it is still named.
        Assert.Equal("consensusFor", headcount["verdict"]!.GetValue<string>());
        Assert.Equal("room", headcount["rule"]!.GetValue<string>());
        Assert.Equal(["CS"], headcount["holdouts"]!.AsArray().Select(c => c!.GetValue<string>()));
    }
}

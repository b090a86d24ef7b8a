namespace ConsensusLab.Statistics.Tests.Meters;

/// <summary>
/// The verdict a card shows (issue 11: it read "Consensus" beside a cross-group consensus of 15%). Under equal footing
/// the room and every group compared must meet the Delphi criterion; under headcount and custom weights the room decides.
/// </summary>
public sealed class ConsensusRuleTests
{
    private static readonly Scale FivePoints = new(ScaleKind.Ordinal, 5);
    private static readonly string[] Groups = ["GOV", "PS", "CS", "TC"];

    /// <summary>
    /// GOV, PS and TC: five each, all agreeing (points 4 and 5); CS: five, two agreeing and three neutral. Equal footing:
    /// agree (1 + 1 + 0.4 + 1)/4 = 0.85 and the quartiles 4 and 5 (IQR 1): the room meets the criterion, CS does not.
    /// </summary>
    private static TallySnapshot OneGroupBelow() => TallyFactory.SingleCell(FivePoints, Groups,
        [3, 4, 4, 4, 3], [3, 3, 4, 4, 3], [3, 4, 2, 2, 2], [4, 4, 3, 4, 4]);

    [Fact]
    public void Under_equal_footing_one_group_below_the_criterion_means_no_consensus()
    {
        var meters = MeterCalculator.Compute(OneGroupBelow(), Weighting.EqualFooting);
        var decision = meters.Consensus!;

        Assert.Equal(ConsensusVerdict.ConsensusFor, meters.Overall.OrdinalConsensus!.Verdict);
        Assert.Equal(ConsensusVerdict.NoConsensus, decision.Verdict);
        Assert.Equal(VerdictRule.EveryGroup, decision.Rule);
        Assert.Equal(ConsensusVerdict.ConsensusFor, decision.RoomVerdict);
        Assert.Equal(4, decision.GroupsChecked);
        Assert.Equal(3, decision.GroupsMeeting);
        Assert.Equal(["CS"], decision.Holdouts.ToArray());
    }

    [Fact]
    public void Under_equal_footing_every_group_meeting_the_criterion_is_consensus()
    {
        var tally = TallyFactory.SingleCell(FivePoints, Groups, [3, 4, 4, 4, 3], [3, 3, 4, 4, 3], [3, 4, 4, 3, 3], [4, 4, 3, 4, 4]);

        var decision = MeterCalculator.Compute(tally, Weighting.EqualFooting).Consensus!;

        Assert.Equal(ConsensusVerdict.ConsensusFor, decision.Verdict);
        Assert.Equal(VerdictRule.EveryGroup, decision.Rule);
        Assert.Equal(4, decision.GroupsMeeting);
        Assert.Empty(decision.Holdouts);
    }

    [Fact]
    public void Under_headcount_the_room_decides_and_the_holdouts_are_still_named()
    {
        var decision = MeterCalculator.Compute(OneGroupBelow(), Weighting.Headcount).Consensus!;

        Assert.Equal(ConsensusVerdict.ConsensusFor, decision.Verdict);
        Assert.Equal(VerdictRule.Room, decision.Rule);
        Assert.Equal(["CS"], decision.Holdouts.ToArray());
    }

    [Fact]
    public void A_group_withheld_by_the_privacy_threshold_is_not_checked()
    {
        // CS with two respondents (below 5) is withheld: it neither blocks the verdict nor can be read off it.
        var tally = TallyFactory.SingleCell(FivePoints, Groups, [3, 4, 4, 4, 3], [3, 3, 4, 4, 3], [2, 2], [4, 4, 3, 4, 4]);

        var decision = PrivateMeters.Compute(tally, Weighting.EqualFooting, threshold: 5).Consensus!;

        Assert.Equal(ConsensusVerdict.ConsensusFor, decision.Verdict);
        Assert.Equal(3, decision.GroupsChecked);
        Assert.Empty(decision.Holdouts);
    }

    [Fact]
    public void With_every_group_withheld_the_room_decides_alone()
    {
        var tally = TallyFactory.SingleCell(FivePoints, Groups, [4, 4], [4, 3], [4], [3, 4]);

        var decision = PrivateMeters.Compute(tally, Weighting.EqualFooting, threshold: 5).Consensus!;

        Assert.Equal(VerdictRule.Room, decision.Rule);
        Assert.Equal(0, decision.GroupsChecked);
        Assert.Equal(ConsensusVerdict.ConsensusFor, decision.Verdict);
    }

    [Fact]
    public void Without_a_room_consensus_no_group_counts_as_meeting_it()
    {
        var tally = TallyFactory.SingleCell(FivePoints, Groups, [0, 0, 0], [4, 4, 4], [0, 4], []);

        var decision = MeterCalculator.Compute(tally, Weighting.EqualFooting).Consensus!;

        Assert.Equal(ConsensusVerdict.NoConsensus, decision.Verdict);
        Assert.Equal(3, decision.GroupsChecked);
        Assert.Equal(0, decision.GroupsMeeting);
        Assert.Empty(decision.Holdouts);
    }

    [Fact]
    public void Questions_without_a_Delphi_verdict_carry_no_decision()
    {
        var tally = TallyFactory.SingleCell(new Scale(ScaleKind.Nominal, 3), Groups, [0, 1], [2]);

        Assert.Null(MeterCalculator.Compute(tally, Weighting.EqualFooting).Consensus);
    }
}

namespace ConsensusLab.Statistics.Tests.Meters;

/// <summary>The cross-group and between-group figures added in issue 12, as the meters carry them.</summary>
public sealed class CrossGroupCalculatorTests
{
    // Decision (docs/statistics.md, "Further measures"): Polis would count a group without votes at (0 + 1)/(0 + 2) = ½.
    // ConsensusLab leaves it out, so an unused group in the catalogue does not halve the consensus.
    [Fact]
    public void Group_without_respondents_does_not_halve_group_informed_consensus()
    {
        var withEmptyGroup = TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), TallyFactory.ThreeGroups, [4, 4], [], [3]);
        var twoGroups = TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), ["GOV", "CS"], [4, 4], [3]);

        var cross = MeterCalculator.Compute(withEmptyGroup, Weighting.Headcount).CrossGroup;

        // GOV (2 + 1)/(2 + 2) · CS (1 + 1)/(1 + 2) = 1/2; with PS at ½ it would read 1/4.
        Assert.Equal(0.5, cross.GroupInformedConsensus!.Value, 12);
        Assert.Equal(MeterCalculator.Compute(twoGroups, Weighting.Headcount).CrossGroup.GroupInformedConsensus, cross.GroupInformedConsensus);
    }

    [Fact]
    public void Jensen_Shannon_distance_is_the_root_of_the_divergence()
    {
        var cross = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), Weighting.Headcount).CrossGroup;

        Assert.Equal(Math.Sqrt(cross.JensenShannonBits!.Value), cross.JensenShannonDistance!.Value, 12);
    }

    [Fact]
    public void One_group_has_no_Jensen_Shannon_distance()
    {
        var tally = TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), TallyFactory.ThreeGroups, [4, 4]);

        Assert.Null(MeterCalculator.Compute(tally, Weighting.Headcount).CrossGroup.JensenShannonDistance);
    }

    [Fact]
    public void Between_group_test_carries_Yates_and_bias_corrected_V_for_two_groups_and_two_answers()
    {
        // GOV: 12 on point 1, 5 on point 5; CS: 7 and 15, the 2 × 2 of IndependenceTestTests (Yates 4.322120391218687).
        var gov = Enumerable.Repeat(0, 12).Concat(Enumerable.Repeat(4, 5)).ToArray();
        var cs = Enumerable.Repeat(0, 7).Concat(Enumerable.Repeat(4, 15)).ToArray();
        var tally = TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), ["GOV", "CS"], gov, cs);

        var independence = MeterCalculator.Compute(tally, Weighting.Headcount).BetweenGroups!.Independence!;

        Assert.Equal(4.322120391218687, independence.YatesCorrected!.Statistic, 12);
        Assert.Equal(0.3534256202191856, independence.BiasCorrectedCramersV!.Value, 12);
    }

    [Fact]
    public void Single_choice_meters_carry_the_modal_share()
    {
        var meters = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), Weighting.Headcount);

        // Answers 0, 1, 1, 2, 2, 3, 3, 4, 4, 4 (cells): the mode, cell 4, holds 3 of 10.
        Assert.Equal(0.3, meters.Overall.ModalShare!.Value, 12);
        Assert.Equal(0.5, meters.Groups[0].ModalShare!.Value, 12);
    }

    [Fact]
    public void Ordinal_meters_carry_strength_of_consensus_and_top_two_box_flags()
    {
        var consensus = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), Weighting.Headcount).Overall.OrdinalConsensus!;
        double[] shares = [0.1, 0.2, 0.2, 0.2, 0.3];

        Assert.Equal(TastleWierman.StrengthOfConsensus(shares, 5)!.Value, consensus.StrengthFor!.Value, 12);
        Assert.Equal(TastleWierman.StrengthOfConsensus(shares, 1)!.Value, consensus.StrengthAgainst!.Value, 12);
        Assert.Equal(1 - consensus.TastleWierman!.Value, consensus.Dissention!.Value, 12);

        // Agree = 5 of 10: below every threshold.
        Assert.Equal(new TopTwoBox(false, false, false), consensus.TopTwoBox);
    }
}

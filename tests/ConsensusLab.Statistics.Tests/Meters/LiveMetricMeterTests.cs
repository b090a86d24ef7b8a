namespace ConsensusLab.Statistics.Tests.Meters;

/// <summary>The Phase 2 figures as the meters carry them, on the worked example of <see cref="MeterCalculatorTests"/>.</summary>
public sealed class LiveMetricMeterTests
{
    [Theory]
    [InlineData("headcount")]
    [InlineData("equal")]
    [InlineData("custom")]
    public void Overall_ordinal_consensus_is_computed_from_the_weighted_distribution(string scheme)
    {
        var overall = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), MeterCalculatorTests.WeightingOf(scheme)).Overall;
        var shares = overall.Distribution.ToArray();

        var consensus = overall.OrdinalConsensus!;

        Assert.Equal(TastleWierman.Consensus(shares)!.Value, consensus.TastleWierman!.Value, 12);
        Assert.Equal(VanDerEijk.Agreement(shares)!.Value, consensus.VanDerEijk!.Value, 12);
        Assert.Equal(Leik.Dispersion(shares)!.Value, consensus.LeikDispersion!.Value, 12);
        Assert.Equal(EstebanRay.Polarization(shares, [0, 0.25, 0.5, 0.75, 1])!.Value, overall.Polarization!.Value, 12);
    }

    [Fact]
    public void Headcount_quartiles_are_type_7_of_the_expanded_answers()
    {
        // Answers on points 1..5: 1, 2, 2, 3, 3, 4, 4, 5, 5, 5 (n = 10). Type 7: Q1 at h = 3.25 -> 2 + .25 · (3 − 2) = 2.25,
        // median at h = 5.5 -> 3 + .5 · 1 = 3.5, Q3 at h = 7.75 -> 4 + .75 · 1 = 4.75; IQR 2.5 (R 4.2 quantile(x, c(.25, .5, .75)) = 2.25, 3.5, 4.75).
        var consensus = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), Weighting.Headcount).Overall.OrdinalConsensus!;

        Assert.Equal(2.25, consensus.LowerQuartile!.Value, 12);
        Assert.Equal(3.5, consensus.Median!.Value, 12);
        Assert.Equal(4.75, consensus.UpperQuartile!.Value, 12);
        Assert.Equal(2.5, consensus.InterquartileRange!.Value, 12);
        Assert.Equal(ConsensusVerdict.NoConsensus, consensus.Verdict);
    }

    [Fact]
    public void Delphi_verdict_is_given_per_group()
    {
        // GOV answers 2, 3, 4, 4 (points 3, 4, 5, 5): R quantile 3.75, 5, IQR 1.25, agree 0.75 -> no consensus;
        // PS answers 0, 1 (points 1, 2): R quantile 1.25, 1.75, IQR 0.5, disagree 1 -> consensus against.
        var groups = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), Weighting.Headcount).Groups;

        Assert.Equal(ConsensusVerdict.NoConsensus, groups[0].OrdinalConsensus!.Verdict);
        Assert.Equal(ConsensusVerdict.ConsensusAgainst, groups[1].OrdinalConsensus!.Verdict);
    }

    [Theory]
    // deff = n / n_eff: 10/10, 10/9, 10/(64/7) = 70/64.
    [InlineData("headcount", 1.0)]
    [InlineData("equal", 10.0 / 9)]
    [InlineData("custom", 70.0 / 64)]
    public void Design_effect_is_n_over_Kish_effective_n(string scheme, double deff)
    {
        var meters = MeterCalculator.Compute(TallyFactory.ThreeGroupLikert(), MeterCalculatorTests.WeightingOf(scheme));

        Assert.Equal(deff, meters.Overall.DesignEffect!.Value, 12);
        Assert.All(meters.Groups, g => Assert.Equal(1.0, g.DesignEffect));
    }

    [Fact]
    public void Between_group_tests_run_on_unweighted_counts_whatever_the_scheme()
    {
        var tally = TallyFactory.ThreeGroupLikert();
        long[,] counts = { { 0, 0, 1, 1, 2 }, { 1, 1, 0, 0, 0 }, { 0, 1, 1, 1, 1 } };

        var headcount = MeterCalculator.Compute(tally, Weighting.Headcount).BetweenGroups!;
        var equal = MeterCalculator.Compute(tally, Weighting.EqualFooting).BetweenGroups!;

        Assert.Equal(IndependenceTest.Of(counts), headcount.Independence);
        Assert.Equal(KruskalWallis.Test(counts), headcount.KruskalWallis);
        Assert.Equal(headcount, equal);
    }

    [Fact]
    public void Between_group_chi_square_is_left_out_for_multiple_choice()
    {
        var tally = new QuestionTally(new Scale(ScaleKind.MultipleChoice, 3), TallyFactory.ThreeGroups);
        tally.Add(0, [0, 1]);
        tally.Add(1, [2]);

        var between = MeterCalculator.Compute(tally.Snapshot(1), Weighting.Headcount).BetweenGroups!;

        Assert.Null(between.Independence);
        Assert.Null(between.KruskalWallis);
    }

    [Fact]
    public void Ranking_meter_carries_Kendalls_W_overall_and_per_group()
    {
        // GOV: two identical rankings (W = 1); PS: two opposite rankings of 3 items (W = 0).
        var tally = new QuestionTally(new Scale(ScaleKind.Ranking, 3), TallyFactory.ThreeGroups);
        tally.Add(0, [0, 4, 8]);
        tally.Add(0, [0, 4, 8]);
        tally.Add(1, [0, 4, 8]);
        tally.Add(1, [2, 4, 6]);

        var meters = MeterCalculator.Compute(tally.Snapshot(1), Weighting.Headcount);

        Assert.Equal(1.0, meters.Groups[0].RankingConcordance!.W, 12);
        Assert.Equal(0.0, meters.Groups[1].RankingConcordance!.W, 12);
        Assert.Null(meters.Groups[2].RankingConcordance);
        // Overall mean ranks 1.5, 2, 2.5 over m = 4: W = 12 · 0.5 / 24 = 0.25.
        Assert.Equal(0.25, meters.Overall.RankingConcordance!.W, 12);
        Assert.Equal(4.0, meters.Overall.RankingConcordance.Raters);
    }

    [Fact]
    public void Empty_tally_gives_undefined_phase_two_figures()
    {
        var meters = MeterCalculator.Compute(TallySnapshot.Empty(new Scale(ScaleKind.Ordinal, 7), TallyFactory.ThreeGroups), Weighting.EqualFooting);

        Assert.Equal(new OrdinalConsensus(null, null, null, null, null, null, null, ConsensusVerdict.Undefined), meters.Overall.OrdinalConsensus);
        Assert.Null(meters.Overall.DesignEffect);
        Assert.Null(meters.Overall.Polarization);
        Assert.Equal(new BetweenGroups(null, null), meters.BetweenGroups);
    }

    [Fact]
    public void Everyone_identical_is_full_consensus_and_no_polarization()
    {
        var tally = TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), TallyFactory.ThreeGroups, [4, 4], [4], [4, 4, 4]);

        var overall = MeterCalculator.Compute(tally, Weighting.EqualFooting).Overall;

        // Everyone on point 5 of 5: sCns towards 5 is 1, towards 1 is 1 + log2(1 − 4/8) = 0.
        var expected = new OrdinalConsensus(1.0, 1.0, 0.0, 5.0, 5.0, 5.0, 0.0, ConsensusVerdict.ConsensusFor)
        {
            StrengthFor = 1.0,
            StrengthAgainst = 0.0,
            TopTwoBox = new TopTwoBox(true, true, true),
        };
        Assert.Equal(expected, overall.OrdinalConsensus);
        Assert.Equal(0.0, overall.OrdinalConsensus!.Dissention);
        Assert.Equal(1.0, overall.ModalShare);
        Assert.Equal(0.0, overall.Polarization);
    }
}

namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class DelphiCriteriaTests
{
    [Theory]
    // 5-point, limit IQR ≤ 1. Type 7 quartiles of the expanded answers (n = 10: Q1 at h = 3.25, Q3 at h = 7.75).
    // (3, 4×4, 5×5): Q1 = 4, Q3 = 5, IQR 1; agree 0.9.
    [InlineData(new long[] { 0, 0, 1, 4, 5 }, ConsensusVerdict.ConsensusFor)]
    [InlineData(new long[] { 5, 4, 1, 0, 0 }, ConsensusVerdict.ConsensusAgainst)]
    [InlineData(new long[] { 5, 0, 0, 0, 5 }, ConsensusVerdict.NoConsensus)]
    // Agree 0.7 but (1×3, 4×2, 5×5): Q1 = 1 + 0.25 · 3 = 1.75, Q3 = 5, IQR 3.25.
    [InlineData(new long[] { 3, 0, 0, 2, 5 }, ConsensusVerdict.NoConsensus)]
    // IQR 0 but agree only 0.6.
    [InlineData(new long[] { 0, 0, 4, 6, 0 }, ConsensusVerdict.NoConsensus)]
    // 7-point, limit (7 − 1)/4 = 1.5. n = 11 (Q1 at h = 3.5, Q3 at h = 8.5): (5×3, 6×3, 7×5): Q1 = 5.5, Q3 = 7,
    // IQR 1.5; agree 8/11.
    [InlineData(new long[] { 0, 0, 0, 0, 3, 3, 5 }, ConsensusVerdict.ConsensusFor)]
    [InlineData(new long[] { 0, 0, 0, 0, 0, 0, 0 }, ConsensusVerdict.Undefined)]
    public void Delphi_verdict_needs_a_small_IQR_and_a_top_two_share_of_70_percent(long[] counts, ConsensusVerdict verdict)
    {
        var tally = Tally(counts);

        var overall = MeterCalculator.Compute(tally, Weighting.Headcount).Overall;

        Assert.Equal(verdict, overall.OrdinalConsensus!.Verdict);
    }

    [Fact]
    public void Fixed_IQR_limit_of_one_rejects_the_seven_point_example()
    {
        var options = MeterOptions.Default with { Delphi = new DelphiCriteria(MaximumInterquartileRange: 1) };

        var overall = MeterCalculator.Compute(Tally([0, 0, 0, 0, 3, 3, 5]), Weighting.Headcount, options).Overall;

        Assert.Equal(1.5, overall.OrdinalConsensus!.InterquartileRange!.Value, 12);
        Assert.Equal(ConsensusVerdict.NoConsensus, overall.OrdinalConsensus.Verdict);
    }

    [Fact]
    public void Agree_threshold_is_a_parameter()
    {
        var options = MeterOptions.Default with { Delphi = new DelphiCriteria(AgreeThreshold: 0.6) };

        var overall = MeterCalculator.Compute(Tally([0, 0, 4, 6, 0]), Weighting.Headcount, options).Overall;

        Assert.Equal(ConsensusVerdict.ConsensusFor, overall.OrdinalConsensus!.Verdict);
    }

    [Theory]
    [InlineData(5, 1.0)]
    [InlineData(7, 1.5)]
    [InlineData(4, 0.75)]
    public void Default_IQR_limit_is_a_quarter_of_the_scale_width(int points, double limit) =>
        Assert.Equal(limit, DelphiCriteria.Default.InterquartileLimit(points));

    private static TallySnapshot Tally(long[] counts)
    {
        var tally = new QuestionTally(new Scale(ScaleKind.Ordinal, counts.Length), ["GOV"]);
        for (var cell = 0; cell < counts.Length; cell++)
        {
            for (var i = 0; i < counts[cell]; i++)
            {
                tally.Add(0, [cell]);
            }
        }

        return tally.Snapshot(1);
    }
}

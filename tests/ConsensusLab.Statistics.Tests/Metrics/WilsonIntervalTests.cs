namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class WilsonIntervalTests
{
    // Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion: comparison of seven methods.
    // Statistics in Medicine 17, 857-872, Table II, method 3 (score method without continuity correction), 95%,
    // published to four decimals. Recomputed independently with Python's statistics.NormalDist (exact quantile):
    // 81/263 -> 0.255289, 0.366210; 15/148 -> 0.062386, 0.160487; 0/20 -> 0, 0.161125; 1/29 -> 0.006113, 0.171755.
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Interval_matches_Newcombe_1998_table(int successes, int n, double lower, double upper)
    {
        var interval = WilsonInterval.Of((double)successes / n, n, 0.95);

        Assert.Equal(lower, interval.Lower!.Value, 4);
        Assert.Equal(upper, interval.Upper!.Value, 4);
    }

    [Fact]
    public void Quantile_is_the_exact_normal_quantile_not_1_96() =>
        Assert.Equal(1.959963984540054, WilsonInterval.Quantile(0.95), 12);

    [Fact]
    public void Interval_on_a_fractional_effective_n_uses_it_as_is()
    {
        // p = 5/12, n_eff = 9 (the equal-footing example): Python gives 0.170800, 0.712391.
        var interval = WilsonInterval.Of(5.0 / 12, 9, 0.95);

        Assert.Equal(0.170800, interval.Lower!.Value, 6);
        Assert.Equal(0.712391, interval.Upper!.Value, 6);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    public void Interval_without_respondents_is_undefined(double? n) =>
        Assert.Equal(Proportion.Undefined, WilsonInterval.Of(0.5, n, 0.95));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Confidence_outside_zero_one_is_rejected(double confidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Of(0.5, 10, confidence));
}

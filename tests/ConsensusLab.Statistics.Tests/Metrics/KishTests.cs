namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class KishTests
{
    [Theory]
    // Equal weights: n_eff = n.
    [InlineData(new[] { 4.0, 2.0, 4.0 }, new long[] { 4, 2, 4 }, 10.0)]
    // Equal footing, 10/3 each over 4, 2, 4: 100 / ((100/9)(1/4 + 1/2 + 1/4)) = 9.
    [InlineData(new[] { 10.0 / 3, 10.0 / 3, 10.0 / 3 }, new long[] { 4, 2, 4 }, 9.0)]
    // Custom 5, 2.5, 2.5: 100 / (25/4 + 6.25/2 + 6.25/4) = 100 / 10.9375 = 64/7.
    [InlineData(new[] { 5.0, 2.5, 2.5 }, new long[] { 4, 2, 4 }, 64.0 / 7)]
    // A zero-weight group drops out: 100 / (25/4 + 25/4) = 8.
    [InlineData(new[] { 5.0, 0.0, 5.0 }, new long[] { 4, 2, 4 }, 8.0)]
    public void Effective_n_is_squared_total_over_sum_of_squared_weights(double[] totals, long[] counts, double expected) =>
        Assert.Equal(expected, Kish.EffectiveN(totals, counts)!.Value, 10);

    [Fact]
    public void Effective_n_without_weight_is_undefined()
    {
        Assert.Null(Kish.EffectiveN([0.0, 0.0], [0, 3]));
        Assert.Null(Kish.EffectiveN([], []));
    }

    [Fact]
    public void Design_effect_is_n_over_effective_n()
    {
        Assert.Equal(10.0 / 9, Kish.DesignEffect(10, 9)!.Value, 12);
        Assert.Null(Kish.DesignEffect(0, null));
    }
}

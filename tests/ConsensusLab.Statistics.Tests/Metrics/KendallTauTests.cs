namespace ConsensusLab.Statistics.Tests.Metrics;

/// <summary>
/// Reference values: SciPy 1.10 scipy.stats.kendalltau(x, y, variant="b", method="asymptotic"), printed by
/// tests/ConsensusLab.Statistics.Tests/Reference/further_measures.py (block "Kendall tau-b").
/// </summary>
public sealed class KendallTauTests
{
    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 4, 5 }, new[] { 3.0, 4, 1, 2, 5 }, 0.19999999999999998, 0.624206114766406)]
    // Ties in both rankings.
    [InlineData(new[] { 1.0, 2, 2, 4, 5, 6, 6, 8 }, new[] { 2.0, 1, 3, 3, 6, 5, 8, 8 }, 0.7692307692307694, 0.010747577580460075)]
    // SciPy's documentation example: ties of two in x, y.
    [InlineData(new[] { 12.0, 2, 1, 12, 2 }, new[] { 1.0, 4, 7, 1, 0 }, -0.4714045207910316, 0.28274545993277467)]
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 3.0, 2, 1 }, -1.0, 0.11718508719813801)]
    public void Tau_b_and_p_value_match_SciPy(double[] x, double[] y, double tau, double p)
    {
        var result = KendallTau.TauB(x, y)!;

        Assert.Equal(tau, result.Tau, 12);
        Assert.Equal(p, result.PValue, 12);
        Assert.Equal(x.Length, result.Items);
    }

    [Fact]
    public void Identical_rankings_have_tau_one_and_a_positive_score()
    {
        var result = KendallTau.TauB([1.0, 2, 3, 4], [1.0, 2, 3, 4])!;

        Assert.Equal(1.0, result.Tau, 12);
        Assert.True(result.ZScore > 0);
    }

    [Fact]
    public void Two_items_give_tau_and_a_finite_p_value()
    {
        var result = KendallTau.TauB([1.0, 2], [2.0, 1])!;

        Assert.Equal(-1.0, result.Tau, 12);
        Assert.True(double.IsFinite(result.PValue));
    }

    [Theory]
    [InlineData(new double[0], new double[0])]
    [InlineData(new[] { 1.0 }, new[] { 1.0 })]
    // Everything tied in one ranking: no order to compare.
    [InlineData(new[] { 2.0, 2, 2 }, new[] { 1.0, 2, 3 })]
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 4.0, 4, 4 })]
    public void Tau_without_two_ordered_items_is_undefined(double[] x, double[] y) =>
        Assert.Null(KendallTau.TauB(x, y));

    [Fact]
    public void Rankings_of_different_lengths_are_rejected() =>
        Assert.Throws<ArgumentException>(() => KendallTau.TauB([1.0, 2], [1.0, 2, 3]));
}

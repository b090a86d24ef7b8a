namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class WeightedQuantileTests
{
    // Equal weights must reproduce R's quantile(x, p, type = 7):
    // quantile(c(1, 2, 3, 4), 0.25) = 1.75; quantile(c(1, 1, 2, 2, 2, 5), c(.25, .5, .75, .9)) = 1.25, 2, 2, 3.5.
    [Theory]
    [InlineData(new long[] { 1, 1, 1, 1, 0 }, 0.25, 1.75)]
    [InlineData(new long[] { 1, 1, 1, 1, 0 }, 0.5, 2.5)]
    [InlineData(new long[] { 2, 3, 0, 0, 1 }, 0.25, 1.25)]
    [InlineData(new long[] { 2, 3, 0, 0, 1 }, 0.5, 2.0)]
    [InlineData(new long[] { 2, 3, 0, 0, 1 }, 0.75, 2.0)]
    [InlineData(new long[] { 2, 3, 0, 0, 1 }, 0.9, 3.5)]
    [InlineData(new long[] { 2, 3, 0, 0, 1 }, 0.0, 1.0)]
    [InlineData(new long[] { 2, 3, 0, 0, 1 }, 1.0, 5.0)]
    public void Equal_weights_reproduce_Hyndman_Fan_type_7(long[] counts, double p, double expected)
    {
        double[] values = [1, 2, 3, 4, 5];
        var weights = counts.Select(c => (double)c).ToArray();

        Assert.Equal(expected, WeightedQuantile.Of(values, weights, counts, p)!.Value, 12);
    }

    [Fact]
    public void Heavier_respondents_pull_the_median_towards_them()
    {
        // Values 0 (weight 2), 1, 2 (weight 1 each): midpoints 1, 2.5, 3.5 rescaled over [1, 3.5];
        // the median sits at 2.25, 5/6 of the way from the first to the second respondent.
        var median = WeightedQuantile.Of([0.0, 1.0, 2.0], [2.0, 1.0, 1.0], [1, 1, 1], 0.5);

        Assert.Equal(5.0 / 6, median!.Value, 12);
    }

    [Fact]
    public void Scaling_all_weights_does_not_change_a_quantile() =>
        Assert.Equal(
            WeightedQuantile.Of([0.0, 1.0, 2.0], [2.0, 1.0, 1.0], [1, 1, 1], 0.3)!.Value,
            WeightedQuantile.Of([0.0, 1.0, 2.0], [20.0, 10.0, 10.0], [1, 1, 1], 0.3)!.Value, 12);

    [Fact]
    public void Single_respondent_is_every_quantile() =>
        Assert.Equal(3.0, WeightedQuantile.Of([1.0, 2.0, 3.0], [0.0, 0.0, 0.7], [0, 0, 1], 0.9));

    [Fact]
    public void Quantile_without_weight_is_undefined() =>
        Assert.Null(WeightedQuantile.Of([1.0, 2.0], [0.0, 0.0], [3, 0], 0.5));
}

namespace ConsensusLab.Statistics.Tests.Exact;

/// <summary>The radix sort behind the exact figures orders like LINQ's stable OrderBy (issue 12's speed work).</summary>
public sealed class StableOrderTests
{
    [Fact]
    public void Negative_positive_and_tied_values_sort_numerically_with_ties_in_index_order()
    {
        double[] values = [0.5, -1, 0.0, -0.0, 1e-300, -1e-300, 0.5, -0.25, 1, -1, double.MaxValue, double.MinValue];

        var expected = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();

        Assert.Equal(expected, StableOrder.Of(values));
    }

    [Fact]
    public void A_long_input_sorts_like_OrderBy()
    {
        var random = new Random(12);
        // Few distinct values, so most rows are ties whose order must be kept.
        var values = Enumerable.Range(0, 20_000).Select(_ => Math.Round((random.NextDouble() * 2) - 1, 2)).ToArray();

        Assert.Equal(Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray(), StableOrder.Of(values));
    }
}

namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class IndependenceTestTests
{
    // Agresti (2007), An Introduction to Categorical Data Analysis, 2nd ed., p. 39: party identification by gender
    // (the example of R's chisq.test). R 4.2 chisq.test(M, correct = FALSE): X-squared = 30.0701490957547, df = 2,
    // p = 2.95358918321176e-07; Cramér's V = √(X² / (2757 · 1)) = 0.104435802356468.
    private static readonly long[,] Agresti = { { 762, 327, 468 }, { 484, 239, 477 } };

    [Fact]
    public void Chi_square_matches_Agresti_party_identification_example()
    {
        var result = IndependenceTest.Of(Agresti)!;

        Assert.Equal(30.0701490957547, result.Test.Statistic, 10);
        Assert.Equal(2, result.Test.DegreesOfFreedom);
        Assert.Equal(2.95358918321176e-07, result.Test.PValue, 15);
        Assert.Equal(0.104435802356468, result.CramersV, 12);
        Assert.Equal(2757, result.Total);
        Assert.Equal(0.0, result.SparseExpectedShare);
    }

    [Fact]
    public void Empty_rows_and_columns_are_dropped_before_testing()
    {
        long[,] padded = { { 762, 0, 327, 468 }, { 0, 0, 0, 0 }, { 484, 0, 239, 477 } };

        var result = IndependenceTest.Of(padded)!;

        Assert.Equal(30.0701490957547, result.Test.Statistic, 10);
        Assert.Equal(2, result.Test.DegreesOfFreedom);
    }

    [Fact]
    public void Identical_rows_give_zero_statistic_and_p_one()
    {
        var result = IndependenceTest.Of(new long[,] { { 2, 4 }, { 1, 2 } })!;

        Assert.Equal(0.0, result.Test.Statistic, 12);
        Assert.Equal(1.0, result.Test.PValue, 12);
        Assert.Equal(0.0, result.CramersV, 12);
        // Expected counts 2, 4, 1, 2: all below 5.
        Assert.Equal(1.0, result.SparseExpectedShare);
    }

    [Fact]
    public void Perfect_association_has_Cramers_V_of_one() =>
        Assert.Equal(1.0, IndependenceTest.Of(new long[,] { { 5, 0 }, { 0, 7 } })!.CramersV, 12);

    [Theory]
    [InlineData(new long[] { 3, 4, 5 }, 1)]
    [InlineData(new long[] { 3, 0, 4, 0 }, 2)]
    public void Test_with_one_group_or_one_answer_is_undefined(long[] flat, int rows)
    {
        var columns = flat.Length / rows;
        var table = new long[rows, columns];
        for (var i = 0; i < flat.Length; i++)
        {
            table[i / columns, i % columns] = flat[i];
        }

        Assert.Null(IndependenceTest.Of(table));
    }

    [Fact]
    public void Rao_Scott_first_order_divides_the_statistic_by_the_mean_design_effect()
    {
        var test = IndependenceTest.Of(Agresti)!.Test;

        var adjusted = RaoScott.FirstOrder(test, 2.0);

        Assert.Equal(test.Statistic / 2, adjusted.Statistic, 12);
        Assert.Equal(2, adjusted.DegreesOfFreedom);
        // exp(−x/2) is the χ²₂ upper tail.
        Assert.Equal(Math.Exp(-test.Statistic / 4), adjusted.PValue, 15);
        Assert.Equal(test, RaoScott.FirstOrder(test, 1.0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void Rao_Scott_rejects_a_meaningless_design_effect(double deff) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RaoScott.FirstOrder(ChiSquareTest.Of(3, 1), deff));
}

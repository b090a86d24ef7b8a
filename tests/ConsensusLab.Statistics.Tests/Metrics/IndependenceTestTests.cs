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

    // Yates and Bergsma: SciPy 1.10 chi2_contingency(table, correction=True) and Bergsma's (2013) formula on SciPy's
    // uncorrected X², printed by tests/ConsensusLab.Statistics.Tests/Reference/further_measures.py (blocks "Yates",
    // "Bias-corrected Cramer's V").
    [Fact]
    public void Two_by_two_table_has_Yates_corrected_chi_square_matching_SciPy()
    {
        var result = IndependenceTest.Of(new long[,] { { 12, 5 }, { 7, 15 } })!;

        Assert.Equal(4.322120391218687, result.YatesCorrected!.Statistic, 12);
        Assert.Equal(1, result.YatesCorrected.DegreesOfFreedom);
        Assert.Equal(0.03762001663483994, result.YatesCorrected.PValue, 12);
        Assert.True(result.YatesCorrected.Statistic < result.Test.Statistic);
    }

    [Fact]
    public void Yates_correction_never_exceeds_the_deviation()
    {
        // Every |O − E| is below ½: SciPy gives X² = 0, p = 1 (a full ½ would invent a deviation).
        var result = IndependenceTest.Of(new long[,] { { 5, 5 }, { 5, 6 } })!;

        Assert.Equal(0.0, result.YatesCorrected!.Statistic, 12);
        Assert.Equal(1.0, result.YatesCorrected.PValue, 12);
    }

    [Fact]
    public void Yates_correction_applies_to_the_two_by_two_left_after_dropping_empty_rows_and_columns()
    {
        Assert.Null(IndependenceTest.Of(Agresti)!.YatesCorrected);
        Assert.Equal(4.322120391218687,
            IndependenceTest.Of(new long[,] { { 12, 0, 5 }, { 0, 0, 0 }, { 7, 0, 15 } })!.YatesCorrected!.Statistic, 12);
    }

    [Theory]
    [InlineData(new long[] { 762, 327, 468, 484, 239, 477 }, 2, 0.10091998278440886)]
    [InlineData(new long[] { 12, 5, 7, 15 }, 2, 0.3534256202191856)]
    // Plain V 0.2 from a small table that the correction takes to 0.
    [InlineData(new long[] { 3, 2, 2, 3 }, 2, 0.0)]
    public void Bias_corrected_Cramers_V_follows_Bergsma(long[] flat, int rows, double expected) =>
        Assert.Equal(expected, IndependenceTest.Of(Table(flat, rows))!.BiasCorrectedCramersV!.Value, 12);

    [Fact]
    public void Bias_corrected_V_of_the_smallest_table_is_undefined() =>
        // n = 2: r̃ = c̃ = 2 − 1/1 = 1, nothing left to divide by.
        Assert.Null(IndependenceTest.Of(new long[,] { { 1, 0 }, { 0, 1 } })!.BiasCorrectedCramersV);

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
    public void Test_with_one_group_or_one_answer_is_undefined(long[] flat, int rows) =>
        Assert.Null(IndependenceTest.Of(Table(flat, rows)));

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

    private static long[,] Table(long[] flat, int rows)
    {
        var columns = flat.Length / rows;
        var table = new long[rows, columns];
        for (var i = 0; i < flat.Length; i++)
        {
            table[i / columns, i % columns] = flat[i];
        }

        return table;
    }
}

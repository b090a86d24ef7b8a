namespace ConsensusLab.Statistics.Tests.RawAnswers;

/// <summary>Rows are participants ("coders"), columns questions ("units"); null = not answered.</summary>
public sealed class KrippendorffAlphaTests
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers, twelve units,
    // values 1..5 with missing data. Nominal α = 0.743 (published). Ordinal α = 0.815: Krippendorff (2019), Content
    // Analysis, 4th ed., p. 290, as checked by the fast-krippendorff package's test suite.
    private static readonly int?[][] FourObservers =
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];

    [Fact]
    public void Nominal_alpha_matches_Krippendorff_2011_four_observer_example() =>
        Assert.Equal(0.743, KrippendorffAlpha.Nominal(FourObservers)!.Value, 3);

    [Fact]
    public void Ordinal_alpha_matches_Krippendorff_2019_example() =>
        Assert.Equal(0.815, KrippendorffAlpha.Ordinal(FourObservers)!.Value, 3);

    // Interval 0.849 and ratio 0.797 are published in the same section C; the pairwise form of D_o and D_e (not the
    // coincidence matrix) in tests/ConsensusLab.Statistics.Tests/Reference/further_measures.py gives
    // 0.8491071428571428 and 0.7974027747116127.
    [Fact]
    public void Interval_alpha_matches_Krippendorff_2011_four_observer_example()
    {
        var alpha = KrippendorffAlpha.Interval(FourObservers)!.Value;

        Assert.Equal(0.849, alpha, 3);
        Assert.Equal(0.8491071428571428, alpha, 12);
    }

    [Fact]
    public void Ratio_alpha_matches_Krippendorff_2011_four_observer_example()
    {
        var alpha = KrippendorffAlpha.Ratio(FourObservers)!.Value;

        Assert.Equal(0.797, alpha, 3);
        Assert.Equal(0.7974027747116127, alpha, 12);
    }

    [Fact]
    public void Ratio_alpha_rejects_negative_values() =>
        Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Ratio([[-1, 2], [1, 2]]));

    [Fact]
    public void Nominal_alpha_matches_Krippendorff_2011_binary_two_observer_example()
    {
        // Section A: two observers, ten units, α = 0.095.
        int?[][] data =
        [
            [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
            [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
        ];

        Assert.Equal(0.095, KrippendorffAlpha.Nominal(data)!.Value, 3);
    }

    [Fact]
    public void Nominal_alpha_matches_the_three_coder_example_with_sparse_answers()
    {
        // Three coders, fifteen units (Wikipedia's computational example); the fast-krippendorff package's test
        // expects 0.691358.
        int?[][] data =
        [
            [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
            [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
            [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
        ];

        Assert.Equal(0.691358, KrippendorffAlpha.Nominal(data)!.Value, 6);
    }

    [Fact]
    public void Perfect_agreement_gives_alpha_one()
    {
        int?[][] data = [[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]];
        Assert.Equal(1.0, KrippendorffAlpha.Nominal(data)!.Value, 12);
        Assert.Equal(1.0, KrippendorffAlpha.Ordinal(data)!.Value, 12);
        Assert.Equal(1.0, KrippendorffAlpha.Interval(data)!.Value, 12);
        Assert.Equal(1.0, KrippendorffAlpha.Ratio(data)!.Value, 12);
    }

    [Fact]
    public void Everyone_giving_one_answer_leaves_alpha_undefined()
    {
        int?[][] data = [[4, 4], [4, 4]];
        Assert.Null(KrippendorffAlpha.Nominal(data));
        Assert.Null(KrippendorffAlpha.Interval(data));
        Assert.Null(KrippendorffAlpha.Ratio(data));
    }

    [Fact]
    public void Questions_answered_once_carry_no_pairs()
    {
        int?[][] data = [[1, null], [null, 2]];
        Assert.Null(KrippendorffAlpha.Nominal(data));
        Assert.Null(KrippendorffAlpha.Ordinal([]));
        Assert.Null(KrippendorffAlpha.Interval(data));
        Assert.Null(KrippendorffAlpha.Ratio([[3, 4]]));
    }
}

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
    }

    [Fact]
    public void Everyone_giving_one_answer_leaves_alpha_undefined()
    {
        int?[][] data = [[4, 4], [4, 4]];
        Assert.Null(KrippendorffAlpha.Nominal(data));
    }

    [Fact]
    public void Questions_answered_once_carry_no_pairs()
    {
        int?[][] data = [[1, null], [null, 2]];
        Assert.Null(KrippendorffAlpha.Nominal(data));
        Assert.Null(KrippendorffAlpha.Ordinal([]));
    }
}

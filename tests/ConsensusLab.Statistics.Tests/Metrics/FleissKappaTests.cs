namespace ConsensusLab.Statistics.Tests.Metrics;

/// <summary>
/// Reference values: statsmodels 0.13 statsmodels.stats.inter_rater.fleiss_kappa(table, method="fleiss"), printed by
/// tests/ConsensusLab.Statistics.Tests/Reference/further_measures.py (block "Fleiss' kappa").
/// </summary>
public sealed class FleissKappaTests
{
    // The worked example of Wikipedia's "Fleiss' kappa" article (10 subjects, 14 raters, 5 categories): P̄ = 0.378,
    // P̄e = 0.213, κ = 0.210; statsmodels gives 0.20993070442195522.
    private static readonly long[,] TenSubjects =
    {
        { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 }, { 0, 3, 9, 2, 0 }, { 2, 2, 8, 1, 1 },
        { 7, 7, 0, 0, 0 }, { 3, 2, 6, 3, 0 }, { 2, 5, 3, 2, 2 }, { 6, 5, 2, 1, 0 }, { 0, 2, 2, 3, 7 },
    };

    // Fleiss (1971) itself: 30 patients, 6 psychiatrists, 5 diagnoses (R irr's diagnoses data, aggregated to counts by
    // further_measures.py); R irr::kappam.fleiss gives 0.4302445, statsmodels 0.43024452006014074.
    private static readonly long[,] FleissPatients =
    {
        { 0, 0, 0, 6, 0 }, { 0, 3, 0, 0, 3 }, { 0, 1, 4, 0, 1 }, { 0, 0, 0, 0, 6 }, { 0, 3, 0, 3, 0 },
        { 2, 0, 4, 0, 0 }, { 0, 0, 4, 0, 2 }, { 2, 0, 3, 1, 0 }, { 2, 0, 0, 4, 0 }, { 0, 0, 0, 0, 6 },
        { 1, 0, 0, 5, 0 }, { 1, 1, 0, 4, 0 }, { 0, 3, 3, 0, 0 }, { 1, 0, 0, 5, 0 }, { 0, 2, 0, 3, 1 },
        { 0, 0, 5, 0, 1 }, { 3, 0, 0, 1, 2 }, { 5, 1, 0, 0, 0 }, { 0, 2, 0, 4, 0 }, { 1, 0, 2, 0, 3 },
        { 0, 0, 0, 0, 6 }, { 0, 1, 0, 5, 0 }, { 0, 2, 0, 1, 3 }, { 2, 0, 0, 4, 0 }, { 1, 0, 0, 4, 1 },
        { 0, 5, 0, 1, 0 }, { 4, 0, 0, 0, 2 }, { 0, 2, 0, 4, 0 }, { 1, 0, 5, 0, 0 }, { 0, 0, 0, 0, 6 },
    };

    [Fact]
    public void Kappa_matches_Fleiss_1971_psychiatric_diagnoses() =>
        Assert.Equal(0.43024452006014074, FleissKappa.Of(FleissPatients)!.Value, 12);

    [Fact]
    public void Kappa_matches_the_ten_subject_worked_example()
    {
        var kappa = FleissKappa.Of(TenSubjects)!.Value;

        Assert.Equal(0.20993070442195522, kappa, 12);
        Assert.Equal(0.210, kappa, 3);
    }

    [Theory]
    // Every subject rated unanimously, categories differing: perfect agreement.
    [InlineData(new long[] { 2, 0, 0, 2 }, 1.0)]
    // Every subject split 1–1 while the categories are used equally: below chance.
    [InlineData(new long[] { 1, 1, 1, 1 }, -1.0)]
    public void Kappa_runs_from_disagreement_to_perfect_agreement(long[] flat, double expected) =>
        Assert.Equal(expected, FleissKappa.Of(Table(flat, 2))!.Value, 12);

    [Fact]
    public void Subjects_nobody_rated_are_left_out() =>
        Assert.Equal(
            FleissKappa.Of(TenSubjects)!.Value,
            FleissKappa.Of(Pad(TenSubjects))!.Value,
            12);

    [Theory]
    // No subjects, no ratings, one rater, everyone in one category.
    [InlineData(new long[0], 2)]
    [InlineData(new long[] { 0, 0, 0, 0 }, 2)]
    [InlineData(new long[] { 1, 0, 0, 1 }, 2)]
    [InlineData(new long[] { 3, 0, 3, 0 }, 2)]
    public void Kappa_without_agreement_to_tell_from_chance_is_undefined(long[] flat, int columns) =>
        Assert.Null(FleissKappa.Of(Table(flat, columns)));

    [Fact]
    public void Subjects_rated_by_different_numbers_of_raters_are_rejected() =>
        Assert.Throws<ArgumentException>(() => FleissKappa.Of(Table([2, 0, 1, 2], 2)));

    private static long[,] Table(long[] flat, int columns)
    {
        var table = new long[flat.Length / columns, columns];
        for (var i = 0; i < flat.Length; i++)
        {
            table[i / columns, i % columns] = flat[i];
        }

        return table;
    }

    private static long[,] Pad(long[,] table)
    {
        var padded = new long[table.GetLength(0) + 1, table.GetLength(1)];
        for (var i = 0; i < table.GetLength(0); i++)
        {
            for (var j = 0; j < table.GetLength(1); j++)
            {
                padded[i + 1, j] = table[i, j];
            }
        }

        return padded;
    }
}

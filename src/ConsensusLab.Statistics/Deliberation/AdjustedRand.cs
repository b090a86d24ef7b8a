namespace ConsensusLab.Statistics.Deliberation;

/// <summary>Hubert and Arabie's (1985) adjusted Rand index between two partitions of the same items.</summary>
public static class AdjustedRand
{
    /// <summary>
    /// (Σ_ij C(n_ij, 2) − E) / (½(Σ_i C(a_i, 2) + Σ_j C(b_j, 2)) − E), E = Σ_i C(a_i, 2) Σ_j C(b_j, 2) / C(n, 2), over
    /// the contingency table n_ij of the two labellings and its margins a_i, b_j. 1 for identical partitions (whatever
    /// the labels), about 0 for independent ones. When the denominator is 0 (both partitions put everything in one
    /// cluster, or every item alone, or there are fewer than two items) the partitions are identical and it is 1.
    /// </summary>
    /// <exception cref="ArgumentException">The two labellings differ in length.</exception>
    public static double Index(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException("Both labellings must label the same items.", nameof(b));
        }

        var cells = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var columns = new Dictionary<int, long>();
        for (var i = 0; i < a.Count; i++)
        {
            cells[(a[i], b[i])] = cells.GetValueOrDefault((a[i], b[i])) + 1;
            rows[a[i]] = rows.GetValueOrDefault(a[i]) + 1;
            columns[b[i]] = columns.GetValueOrDefault(b[i]) + 1;
        }

        var index = cells.Values.Sum(Pairs);
        var rowPairs = rows.Values.Sum(Pairs);
        var columnPairs = columns.Values.Sum(Pairs);
        var expected = a.Count < 2 ? 0.0 : rowPairs * columnPairs / Pairs(a.Count);
        var maximum = (rowPairs + columnPairs) / 2.0;
        return maximum - expected == 0 ? 1.0 : (index - expected) / (maximum - expected);
    }

    private static double Pairs(long n) => n * (n - 1) / 2.0;
}

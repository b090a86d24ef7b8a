namespace ConsensusLab.Statistics;

/// <summary>Pearson's chi-square test of independence on a contingency table, with Cramér's V.</summary>
/// <param name="Test">Pearson's X² without Yates' correction, df = (r − 1)(c − 1).</param>
/// <param name="CramersV">√(X² / (N min(r − 1, c − 1))), 0 (independent) .. 1 (answer determined by group).</param>
/// <param name="SparseExpectedShare">Share of cells with expected count below 5 (Cochran: the approximation is
/// doubtful above 0.2).</param>
/// <param name="Total">N, the number of observations in the table.</param>
public sealed record IndependenceTest(ChiSquareTest Test, double CramersV, double SparseExpectedShare, long Total)
{
    /// <summary>
    /// 2 × 2 tables only (after dropping empty rows and columns): X² = Σ (|O − E| − min(½, |O − E|))² / E with Yates'
    /// continuity correction, df 1; null for larger tables.
    /// </summary>
    public ChiSquareTest? YatesCorrected { get; init; }

    /// <summary>Bergsma's (2013) bias-corrected Cramér's V, 0 .. 1; null when the corrected table is degenerate.</summary>
    public double? BiasCorrectedCramersV { get; init; }

    /// <summary>
    /// Tests rows against columns of unweighted counts. Empty rows and columns are dropped first (a group without
    /// respondents or an answer nobody gave carries no information). Null when fewer than two rows or columns remain.
    /// </summary>
    public static IndependenceTest? Of(long[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var rowTotals = Totals(counts, byRow: true);
        var columnTotals = Totals(counts, byRow: false);
        var rows = rowTotals.Count(t => t > 0);
        var columns = columnTotals.Count(t => t > 0);
        if (rows < 2 || columns < 2)
        {
            return null;
        }

        double total = rowTotals.Sum();
        var statistic = 0.0;
        var yates = 0.0;
        var sparse = 0;
        for (var r = 0; r < rowTotals.Length; r++)
        {
            for (var c = 0; c < columnTotals.Length; c++)
            {
                if (rowTotals[r] == 0 || columnTotals[c] == 0)
                {
                    continue;
                }

                var expected = rowTotals[r] * (double)columnTotals[c] / total;
                var deviation = counts[r, c] - expected;
                statistic += deviation * deviation / expected;

                // Yates: |O − E| less min(½, |O − E|), so a cell already within ½ of its expectation adds 0 instead
                // of an apparent deviation (as SciPy's chi2_contingency and R's chisq.test do).
                var corrected = Math.Abs(deviation) - Math.Min(0.5, Math.Abs(deviation));
                yates += corrected * corrected / expected;
                sparse += expected < 5 ? 1 : 0;
            }
        }

        var test = ChiSquareTest.Of(statistic, (rows - 1) * (columns - 1));
        var v = Math.Sqrt(statistic / (total * Math.Min(rows - 1, columns - 1)));
        return new IndependenceTest(test, Math.Min(1.0, v), (double)sparse / (rows * columns), (long)total)
        {
            YatesCorrected = rows == 2 && columns == 2 ? ChiSquareTest.Of(yates, 1) : null,
            BiasCorrectedCramersV = Bergsma.CramersV(statistic, total, rows, columns),
        };
    }

    internal static long[] Totals(long[,] counts, bool byRow)
    {
        var totals = new long[counts.GetLength(byRow ? 0 : 1)];
        for (var r = 0; r < counts.GetLength(0); r++)
        {
            for (var c = 0; c < counts.GetLength(1); c++)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(counts[r, c], nameof(counts));
                totals[byRow ? r : c] += counts[r, c];
            }
        }

        return totals;
    }
}

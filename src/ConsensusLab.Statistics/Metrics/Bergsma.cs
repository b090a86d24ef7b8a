namespace ConsensusLab.Statistics;

/// <summary>Bergsma's (2013) bias-corrected Cramér's V, reported beside the plain V.</summary>
internal static class Bergsma
{
    /// <summary>
    /// Bergsma's (2013) bias-corrected Cramér's V: φ̃² = max(0, X²/n − (r − 1)(c − 1)/(n − 1)),
    /// r̃ = r − (r − 1)²/(n − 1), c̃ = c − (c − 1)²/(n − 1), Ṽ = √(φ̃² / min(r̃ − 1, c̃ − 1)). The plain V is biased
    /// upwards (above 0 on average even when groups and answers are independent), most in small rooms with many
    /// categories; the correction removes most of that bias. Null when the corrected table is degenerate
    /// (n ≤ 2, or min(r̃, c̃) ≤ 1).
    /// </summary>
    public static double? CramersV(double statistic, double total, int rows, int columns)
    {
        if (!(total > 2))
        {
            return null;
        }

        var phiSquared = Math.Max(0.0, (statistic / total) - ((rows - 1.0) * (columns - 1.0) / (total - 1)));
        var correctedRows = rows - ((rows - 1.0) * (rows - 1.0) / (total - 1));
        var correctedColumns = columns - ((columns - 1.0) * (columns - 1.0) / (total - 1));
        var denominator = Math.Min(correctedRows, correctedColumns) - 1;
        return denominator > 0 ? Math.Min(1.0, Math.Sqrt(phiSquared / denominator)) : null;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace ConsensusLab.Statistics;

/// <summary>
/// The covariance of estimated totals Σ u_i for a weights-only design sampled with replacement, as R survey's
/// svytotal (and svyrecvar behind svymean and svyglm) computes it for svydesign(ids = ~1, weights = ~w).
/// </summary>
internal static class DesignCovariance
{
    /// <summary>n/(n − 1) Σ (u_i − ū)(u_i − ū)ᵀ over the rows u_i of <paramref name="scores"/> (n ≥ 2).</summary>
    /// <param name="scores">One row per respondent: its weighted influence (linearised contribution) on each estimate.</param>
    public static Matrix<double> OfTotals(Matrix<double> scores)
    {
        var n = scores.RowCount;
        var centred = scores.Clone();
        for (var c = 0; c < scores.ColumnCount; c++)
        {
            var mean = scores.Column(c).Sum() / n;
            for (var r = 0; r < n; r++)
            {
                centred[r, c] -= mean;
            }
        }

        return centred.TransposeThisAndMultiply(centred) * (n / (n - 1.0));
    }
}

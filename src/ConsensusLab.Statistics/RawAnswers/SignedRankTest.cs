using MathNet.Numerics.Distributions;

namespace ConsensusLab.Statistics;

/// <summary>Wilcoxon's signed-rank test on paired differences (round 2 − round 1), normal approximation.</summary>
/// <param name="Pairs">Pairs, zero differences included.</param>
/// <param name="Zeros">Pairs that did not move.</param>
/// <param name="PositiveRankSum">W+, the sum of the ranks of positive differences.</param>
/// <param name="Z">(W+ − E) / √Var, no continuity correction.</param>
/// <param name="PValue">Two-sided p from the standard normal.</param>
public sealed record SignedRankTest(int Pairs, int Zeros, double PositiveRankSum, double Z, double PValue)
{
    /// <summary>
    /// Pratt's (1959) zero handling: zero differences are ranked with the others by |d| and then dropped, so they
    /// still push the movers' ranks up (Wilcoxon's original rule discards them first; with quantised positions many
    /// participants do not move, and Pratt's rule keeps that information). Mean and variance are the permutation
    /// moments given the ranks, E = Σ r_i / 2 and Var = Σ r_i² / 4 over non-zero differences, which equals the usual
    /// tie-corrected variance n(n+1)(2n+1)/24 − Σ(t³ − t)/48 when there are no zeros. Null with no non-zero difference.
    /// </summary>
    public static SignedRankTest? Of(ReadOnlySpan<double> differences)
    {
        var values = differences.ToArray();
        var magnitudes = values.Select(Math.Abs).ToArray();
        var ranks = new double[values.Length];
        MidRanks.Assign(magnitudes, ranks);

        double positive = 0, mean = 0, variance = 0;
        var zeros = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == 0)
            {
                zeros++;
                continue;
            }

            positive += values[i] > 0 ? ranks[i] : 0;
            mean += ranks[i] / 2;
            variance += ranks[i] * ranks[i] / 4;
        }

        if (variance <= 0)
        {
            return null;
        }

        var z = (positive - mean) / Math.Sqrt(variance);
        var p = Math.Min(1.0, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
        return new SignedRankTest(values.Length, zeros, positive, z, p);
    }
}

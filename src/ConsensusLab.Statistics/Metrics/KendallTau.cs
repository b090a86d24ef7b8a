using MathNet.Numerics;

namespace ConsensusLab.Statistics;

/// <summary>Kendall's (1938, 1945) rank correlation τ_b between two rankings, ties allowed.</summary>
public static class KendallTau
{
    /// <summary>
    /// τ_b = (C − D) / √((n₀ − n₁)(n₀ − n₂)) over the n₀ = n(n − 1)/2 pairs of items, C concordant, D discordant, n₁ and
    /// n₂ the pairs tied in x and in y. The test refers (C − D) to the normal distribution with Kendall's (1970)
    /// tie-corrected variance [v₀ − v_t − v_u]/18 + v₁/(2n(n − 1)) + v₂/(9n(n − 1)(n − 2)), where v₀ = n(n − 1)(2n + 5),
    /// v_t = Σ t(t − 1)(2t + 5), v₁ = Σ t(t − 1) Σ u(u − 1), v₂ = Σ t(t − 1)(t − 2) Σ u(u − 1)(u − 2) over tie groups t
    /// of x and u of y (SciPy's kendalltau, method "asymptotic"). Null with fewer than two items or when either
    /// ranking ties every item (no order to compare).
    /// </summary>
    /// <param name="x">A rank or score for each item.</param>
    /// <param name="y">A rank or score for the same items, in the same order.</param>
    public static RankCorrelation? TauB(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException("Both rankings must place the same items.", nameof(y));
        }

        var n = x.Count;
        if (n < 2)
        {
            return null;
        }

        var difference = 0L;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                difference += Math.Sign(x[i] - x[j]) * Math.Sign(y[i] - y[j]);
            }
        }

        var tx = TieSums.Of(x);
        var ty = TieSums.Of(y);
        var pairs = n * (n - 1.0) / 2;
        var untiedX = pairs - (tx.Pairs / 2);
        var untiedY = pairs - (ty.Pairs / 2);
        if (!(untiedX > 0) || !(untiedY > 0))
        {
            return null;
        }

        var variance = (((n * (n - 1.0) * ((2.0 * n) + 5)) - tx.Spread - ty.Spread) / 18)
            + (tx.Pairs * ty.Pairs / (2.0 * n * (n - 1)));

        // Triples of tied items exist only with three or more items; the term is 0/0 below that.
        if (n > 2)
        {
            variance += tx.Triples * ty.Triples / (9.0 * n * (n - 1) * (n - 2));
        }

        var z = difference / Math.Sqrt(variance);
        var tau = Math.Clamp(difference / Math.Sqrt(untiedX * untiedY), -1.0, 1.0);
        return new RankCorrelation(tau, z, SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2)), n);
    }
}

namespace ConsensusLab.Statistics;

/// <summary>Generalised Jensen–Shannon divergence (Lin 1991) of several distributions, in bits.</summary>
public static class JensenShannon
{
    /// <summary>
    /// H(Σ π_g P_g) − Σ π_g H(P_g) with base-2 entropies and π_g = weights normalised to sum 1. Ranges from 0
    /// (identical distributions) to log2 of the number of distributions (disjoint supports, equal weights).
    /// Distributions with zero weight are left out; null when nothing carries weight.
    /// </summary>
    /// <param name="distributions">Probability vectors of equal length, each summing to 1.</param>
    /// <param name="weights">Non-negative weight of each distribution.</param>
    public static double? Bits(IReadOnlyList<double[]> distributions, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(distributions);
        ArgumentNullException.ThrowIfNull(weights);
        if (distributions.Count != weights.Count)
        {
            throw new ArgumentException("One weight per distribution is expected.", nameof(weights));
        }

        var totalWeight = weights.Where(w => w > 0).Sum();
        if (distributions.Count == 0 || !(totalWeight > 0))
        {
            return null;
        }

        var length = distributions[0].Length;
        var mixture = new double[length];
        var meanEntropy = 0.0;
        for (var g = 0; g < distributions.Count; g++)
        {
            if (!(weights[g] > 0))
            {
                continue;
            }

            var pi = weights[g] / totalWeight;
            var distribution = distributions[g];
            if (distribution.Length != length)
            {
                throw new ArgumentException("Distributions must have the same length.", nameof(distributions));
            }

            for (var i = 0; i < length; i++)
            {
                mixture[i] += pi * distribution[i];
            }

            meanEntropy += pi * Entropy(distribution);
        }

        // Rounding can leave a tiny negative for identical distributions; the divergence is never negative.
        return Math.Max(0.0, Entropy(mixture) - meanEntropy);
    }

    /// <summary>
    /// The Jensen–Shannon distance √JSD (JSD in bits), 0 .. √(log2 of the number of distributions). For two
    /// equally weighted distributions it is a metric (Endres and Schindelin 2003) and equals SciPy's
    /// scipy.spatial.distance.jensenshannon with base 2; it reads linearly where the divergence bunches near 0.
    /// Null when nothing carries weight.
    /// </summary>
    /// <param name="distributions">Probability vectors of equal length, each summing to 1.</param>
    /// <param name="weights">Non-negative weight of each distribution.</param>
    public static double? Distance(IReadOnlyList<double[]> distributions, IReadOnlyList<double> weights) =>
        Bits(distributions, weights) is { } bits ? Math.Sqrt(bits) : null;

    /// <summary>Shannon entropy in bits; zero shares contribute nothing (0 log 0 = 0).</summary>
    public static double Entropy(ReadOnlySpan<double> distribution)
    {
        var h = 0.0;
        foreach (var p in distribution)
        {
            if (p > 0)
            {
                h -= p * Math.Log2(p);
            }
        }

        return h;
    }
}

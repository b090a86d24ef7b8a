namespace ConsensusLab.Statistics;

/// <summary>Esteban and Ray's (1994) polarization, with the answer categories as the "groups".</summary>
public static class EstebanRay
{
    /// <summary>The default polarization sensitivity α (Esteban and Ray allow 0 &lt; α ≤ 1.6).</summary>
    public const double DefaultAlpha = 1.3;

    /// <summary>
    /// P = K Σ_i Σ_j π_i^(1+α) π_j |y_i − y_j| over answer categories i, j with shares π and positions y rescaled to
    /// [0, 1] (Likert point a of k: a/(k − 1); position v: (v + 1)/2). K = 2^(1+α), so the room split evenly
    /// between the two ends of the scale scores 1; everyone at one point scores 0. Null when nothing carries weight.
    /// α = 0 is accepted as the limit without identification: P = 2 Σ Σ π_i π_j |y_i − y_j|, twice Gini's mean
    /// difference, a plain dispersion measure to compare the polarization figures with.
    /// </summary>
    /// <param name="frequencies">Weighted frequency (or share) of each category.</param>
    /// <param name="positions">Position of each category within [0, 1], ascending.</param>
    /// <param name="alpha">Sensitivity α, 0 ≤ α ≤ 1.6; higher rewards identification within categories more.</param>
    public static double? Polarization(ReadOnlySpan<double> frequencies, ReadOnlySpan<double> positions, double alpha = DefaultAlpha)
    {
        if (!(alpha >= 0 && alpha <= 1.6))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Esteban–Ray's α must lie in [0, 1.6].");
        }

        var total = TastleWierman.Sum(frequencies);
        if (!(total > 0))
        {
            return null;
        }

        // Σ_j π_j |y_i − y_j| in one pass with prefix sums, since positions ascend: O(k), not O(k²).
        double massBelow = 0, momentBelow = 0, momentAll = 0;
        for (var i = 0; i < frequencies.Length; i++)
        {
            momentAll += frequencies[i] / total * positions[i];
        }

        var sum = 0.0;
        for (var i = 0; i < frequencies.Length; i++)
        {
            var pi = frequencies[i] / total;
            var y = positions[i];
            var massAbove = 1 - massBelow - pi;
            var momentAbove = momentAll - momentBelow - (pi * y);
            var distance = (y * massBelow) - momentBelow + momentAbove - (y * massAbove);
            if (pi > 0)
            {
                sum += Math.Pow(pi, 1 + alpha) * distance;
            }

            massBelow += pi;
            momentBelow += pi * y;
        }

        return Math.Max(0.0, Math.Pow(2, 1 + alpha) * sum);
    }
}

using MathNet.Numerics.Distributions;

namespace ConsensusLab.Statistics;

/// <summary>Wilson (1927) score interval for a proportion, used on Kish's effective n for weighted shares.</summary>
public static class WilsonInterval
{
    /// <summary>The two-sided standard normal quantile for a confidence level, exact (0.95 gives 1.95996..., not 1.96).</summary>
    public static double Quantile(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie strictly between 0 and 1.");
        }

        return Normal.InvCDF(0.0, 1.0, 1.0 - ((1.0 - confidence) / 2.0));
    }

    /// <summary>
    /// The share with its Wilson interval: (p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1 + z²/n).
    /// Undefined (all null) when n is missing or not positive.
    /// </summary>
    public static Proportion Of(double share, double? effectiveN, double confidence)
    {
        if (effectiveN is not > 0 || double.IsNaN(share))
        {
            return Proportion.Undefined;
        }

        var n = effectiveN.Value;
        var p = Math.Clamp(share, 0.0, 1.0);
        var z = Quantile(confidence);
        var z2n = z * z / n;
        var centre = (p + (z2n / 2)) / (1 + z2n);
        var half = z / (1 + z2n) * Math.Sqrt((p * (1 - p) / n) + (z2n / (4 * n)));

        // Clamping only removes rounding error at p = 0 or 1, where the bound is exactly 0 or 1.
        return new Proportion(p, Math.Max(0.0, centre - half), Math.Min(1.0, centre + half));
    }
}

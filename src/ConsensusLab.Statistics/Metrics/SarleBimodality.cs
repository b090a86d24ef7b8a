namespace ConsensusLab.Statistics;

/// <summary>Sarle's bimodality coefficient, with the sample-size correction of SAS (PROC MEANS).</summary>
public static class SarleBimodality
{
    /// <summary>A coefficient above 5/9 (the value of a uniform distribution) suggests a split room.</summary>
    public const double SplitThreshold = 5.0 / 9.0;

    /// <summary>
    /// BC = (G1² + 1) / (G2 + 3(n − 1)² / ((n − 2)(n − 3))), with G1 and G2 the bias-corrected sample skewness and
    /// excess kurtosis: G1 = g1 √(n(n − 1)) / (n − 2), G2 = ((n + 1) g2 + 6)(n − 1) / ((n − 2)(n − 3)), g1 and g2 the
    /// weighted moment ratios. n is Kish's effective n, so weights do not pass for extra sample. Null when n ≤ 3 or
    /// everyone gives the same answer (no spread, no shape).
    /// </summary>
    /// <param name="values">Value of each cell.</param>
    /// <param name="weights">Summed weight of each cell.</param>
    /// <param name="effectiveN">Kish's effective n of the respondents.</param>
    public static double? Coefficient(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double? effectiveN)
    {
        if (effectiveN is not { } n || n <= 3)
        {
            return null;
        }

        var total = 0.0;
        var mean = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            total += weights[i];
            mean += weights[i] * values[i];
        }

        mean /= total;
        double m2 = 0, m3 = 0, m4 = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var d = values[i] - mean;
            var d2 = d * d;
            m2 += weights[i] * d2;
            m3 += weights[i] * d2 * d;
            m4 += weights[i] * d2 * d2;
        }

        m2 /= total;
        m3 /= total;
        m4 /= total;

        // Below this the spread is rounding: everyone is at one point.
        if (m2 <= 1e-14)
        {
            return null;
        }

        var g1 = m3 / Math.Pow(m2, 1.5);
        var g2 = (m4 / (m2 * m2)) - 3;
        var skewness = g1 * Math.Sqrt(n * (n - 1)) / (n - 2);
        var kurtosis = (((n + 1) * g2) + 6) * (n - 1) / ((n - 2) * (n - 3));
        return ((skewness * skewness) + 1) / (kurtosis + (3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3))));
    }
}

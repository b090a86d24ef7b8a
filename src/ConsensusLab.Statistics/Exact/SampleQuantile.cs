namespace ConsensusLab.Statistics;

/// <summary>Unweighted sample quantiles of individual answers, as R's stats::quantile.</summary>
public static class SampleQuantile
{
    // R's quantile.default treats positions within 4 ε (ε = .Machine$double.eps, 2⁻⁵²) of a whole number as whole,
    // so that p·n = 3 computed as 2.9999999999999996 still selects the third answer; the same fuzz keeps these
    // figures equal to R's.
    private const double Fuzz = 4 * 2.220446049250313e-16;

    /// <summary>The p-quantile of the answers under a Hyndman–Fan type; null when there are none.</summary>
    public static double? Of(ReadOnlySpan<double> values, double p, SampleQuantileType type)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability must lie within [0, 1].");
        }

        if (values.IsEmpty)
        {
            return null;
        }

        return Of(Sorted(values), p, type);
    }

    /// <summary>The answers in ascending order, after checking that each is finite.</summary>
    internal static double[] Sorted(ReadOnlySpan<double> values)
    {
        var sorted = values.ToArray();
        if (sorted.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentOutOfRangeException(nameof(values), "Every answer must be finite.");
        }

        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The p-quantile of answers already sorted ascending (at least one).</summary>
    internal static double Of(double[] sorted, double p, SampleQuantileType type)
    {
        var n = sorted.Length;

        // Position h = j + γ along the 1-based order statistics: the quantile is (1 − γ) x_j + γ x_{j+1}.
        var position = type switch
        {
            SampleQuantileType.Type2 => n * p,
            SampleQuantileType.Type6 => (n + 1) * p,
            SampleQuantileType.Type7 => 1 + ((n - 1) * p),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unsupported quantile type."),
        };
        var j = (int)Math.Floor(position + Fuzz);
        var gamma = position - j;
        if (type == SampleQuantileType.Type2)
        {
            // Between two answers the ECDF's inverse is the upper one; exactly on a step, the average of both.
            gamma = gamma > 0 ? 1 : 0.5;
        }
        else if (Math.Abs(gamma) < Fuzz)
        {
            gamma = 0;
        }

        var lower = Order(sorted, j);
        var upper = Order(sorted, j + 1);
        return gamma == 0 || lower == upper ? lower : ((1 - gamma) * lower) + (gamma * upper);
    }

    // x_k for k = 1..n, with x_0 = x_1 and x_{n+1} = x_n: beyond the data the quantile stays at its ends.
    private static double Order(double[] sorted, int k) => sorted[Math.Clamp(k, 1, sorted.Length) - 1];
}

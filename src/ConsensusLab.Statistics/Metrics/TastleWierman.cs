namespace ConsensusLab.Statistics;

/// <summary>Tastle and Wierman's (2007) consensus, dissention and strength of consensus for ordinal (Likert) distributions.</summary>
public static class TastleWierman
{
    /// <summary>
    /// Cns = 1 + Σ p_i log2(1 − |X_i − μ| / d), with X_i = 1..k the category values, μ the mean and d = k − 1 the
    /// scale's width (not the observed range, so that one extreme answer is not mistaken for agreement on a narrow
    /// range). Zero-share categories contribute nothing. 1 when everyone gives the same answer (also at an extreme),
    /// 0 when the room is split evenly between the two extremes. Null when nothing carries weight.
    /// </summary>
    /// <param name="frequencies">Weighted frequency (or share) of each category, in scale order; at least two.</param>
    public static double? Consensus(ReadOnlySpan<double> frequencies)
    {
        var total = Sum(frequencies);
        if (!(total > 0))
        {
            return null;
        }

        var mean = 0.0;
        for (var i = 0; i < frequencies.Length; i++)
        {
            mean += frequencies[i] / total * (i + 1);
        }

        return Math.Clamp(1 + LogSum(frequencies, total, mean, frequencies.Length - 1.0), 0.0, 1.0);
    }

    /// <summary>Dis = 1 − Cns: 0 when everyone gives the same answer, 1 when the room is split between the extremes.</summary>
    /// <param name="frequencies">Weighted frequency (or share) of each category, in scale order; at least two.</param>
    public static double? Dissention(ReadOnlySpan<double> frequencies) => 1 - Consensus(frequencies);

    /// <summary>
    /// Strength of consensus towards a target τ: sCns = 1 + Σ p_i log2(1 − |X_i − τ| / (2d)), d = k − 1. The doubled
    /// width keeps every term finite (|X_i − τ| ≤ d), so the answers farthest from τ cost one bit at most: 1 when
    /// everyone answers τ, 0 when everyone answers the opposite end to an extreme τ. Null when nothing carries weight.
    /// </summary>
    /// <param name="frequencies">Weighted frequency (or share) of each category, in scale order; at least two.</param>
    /// <param name="target">τ on the 1..k point scale, for instance k for "strongly agree".</param>
    public static double? StrengthOfConsensus(ReadOnlySpan<double> frequencies, double target)
    {
        if (!(target >= 1 && target <= frequencies.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "The target must be a point of the 1..k scale.");
        }

        var total = Sum(frequencies);
        return total > 0 ? Math.Clamp(1 + LogSum(frequencies, total, target, 2.0 * (frequencies.Length - 1)), 0.0, 1.0) : null;
    }

    internal static double Sum(ReadOnlySpan<double> values)
    {
        var total = 0.0;
        foreach (var value in values)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(values));
            total += value;
        }

        return total;
    }

    /// <summary>Σ p_i log2(1 − |X_i − centre| / width) over the categories with a positive share.</summary>
    private static double LogSum(ReadOnlySpan<double> frequencies, double total, double centre, double width)
    {
        var sum = 0.0;
        for (var i = 0; i < frequencies.Length; i++)
        {
            if (frequencies[i] > 0)
            {
                sum += frequencies[i] / total * Math.Log2(1 - (Math.Abs(i + 1 - centre) / width));
            }
        }

        return sum;
    }
}

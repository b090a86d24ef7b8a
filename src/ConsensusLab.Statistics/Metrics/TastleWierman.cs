namespace ConsensusLab.Statistics;

/// <summary>Tastle and Wierman's (2007) consensus measure for ordinal (Likert) distributions.</summary>
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

        double width = frequencies.Length - 1;
        var sum = 0.0;
        for (var i = 0; i < frequencies.Length; i++)
        {
            if (frequencies[i] > 0)
            {
                sum += frequencies[i] / total * Math.Log2(1 - (Math.Abs(i + 1 - mean) / width));
            }
        }

        return Math.Clamp(1 + sum, 0.0, 1.0);
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
}

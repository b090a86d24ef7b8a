namespace ConsensusLab.Statistics;

/// <summary>Leik's (1966) measure of ordinal dispersion.</summary>
public static class Leik
{
    /// <summary>
    /// D = 2 Σ_{a=1}^{k−1} d_a / (k − 1), with F_a the cumulative share up to category a and d_a = F_a when F_a ≤ ½,
    /// else 1 − F_a. 0 when everyone is in one category, 1 when the room is split evenly between the extremes
    /// (ordinal consensus is 1 − D). Null when nothing carries weight.
    /// </summary>
    /// <param name="frequencies">Weighted frequency (or share) of each category, in scale order; at least two.</param>
    public static double? Dispersion(ReadOnlySpan<double> frequencies)
    {
        var total = TastleWierman.Sum(frequencies);
        if (!(total > 0))
        {
            return null;
        }

        var cumulative = 0.0;
        var sum = 0.0;
        for (var a = 0; a < frequencies.Length - 1; a++)
        {
            cumulative += frequencies[a] / total;
            sum += cumulative <= 0.5 ? cumulative : 1 - cumulative;
        }

        return Math.Clamp(2 * sum / (frequencies.Length - 1), 0.0, 1.0);
    }
}

namespace ConsensusLab.Statistics;

/// <summary>The share of the most chosen answer of a single-choice question.</summary>
public static class ModalShare
{
    /// <summary>
    /// max_i f_i / Σ f: 1 when everyone gives the same answer, 1/k at the least (every answer equally often). Ties
    /// for the mode give the same share, so which category is modal does not matter. Null when nothing carries weight.
    /// </summary>
    /// <param name="frequencies">Weighted frequency (or share) of each answer.</param>
    public static double? Of(ReadOnlySpan<double> frequencies)
    {
        var total = TastleWierman.Sum(frequencies);
        if (!(total > 0))
        {
            return null;
        }

        var largest = 0.0;
        foreach (var frequency in frequencies)
        {
            largest = Math.Max(largest, frequency);
        }

        return largest / total;
    }
}

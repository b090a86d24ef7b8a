namespace ConsensusLab.Statistics;

/// <summary>Mid-ranks (average ranks for ties), shared by the rank-based tests.</summary>
internal static class MidRanks
{
    /// <summary>Writes the mid-rank (1-based) of each value into <paramref name="ranks"/> and returns Σ (t³ − t) over ties.</summary>
    public static double Assign(ReadOnlySpan<double> values, Span<double> ranks)
    {
        var keys = values.ToArray();
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        var ties = 0.0;
        foreach (var (first, last) in Runs(keys))
        {
            var t = last - first + 1.0;
            var midRank = ((first + last) / 2.0) + 1;
            for (var i = first; i <= last; i++)
            {
                ranks[order[i]] = midRank;
            }

            ties += (t * t * t) - t;
        }

        return ties;
    }

    /// <summary>The runs of equal values in sorted values, as their first and last index.</summary>
    public static IEnumerable<(int First, int Last)> Runs(double[] sorted)
    {
        var start = 0;
        while (start < sorted.Length)
        {
            var end = start;
            while (end + 1 < sorted.Length && sorted[end + 1] == sorted[start])
            {
                end++;
            }

            yield return (start, end);
            start = end + 1;
        }
    }
}

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
        var start = 0;
        while (start < keys.Length)
        {
            var end = start;
            while (end + 1 < keys.Length && keys[end + 1] == keys[start])
            {
                end++;
            }

            var t = end - start + 1.0;
            var midRank = ((start + end) / 2.0) + 1;
            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = midRank;
            }

            ties += (t * t * t) - t;
            start = end + 1;
        }

        return ties;
    }
}

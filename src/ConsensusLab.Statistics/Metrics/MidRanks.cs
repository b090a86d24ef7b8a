namespace ConsensusLab.Statistics;

/// <summary>Mid-ranks (average ranks for ties), shared by the rank-based tests.</summary>
internal static class MidRanks
{
    private const int RadixThreshold = 4096;

    /// <summary>Writes the mid-rank (1-based) of each value into <paramref name="ranks"/> and returns Σ (t³ − t) over ties.</summary>
    public static double Assign(ReadOnlySpan<double> values, Span<double> ranks)
    {
        // Radix sorting pays for its 64K-bucket passes only on long inputs (exact answers); rankings of a few items
        // sort in place.
        double[] keys;
        int[] order;
        if (values.Length >= RadixThreshold)
        {
            order = StableOrder.Of(values);
            keys = new double[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                keys[i] = values[order[i]];
            }
        }
        else
        {
            keys = values.ToArray();
            order = new int[keys.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(keys, order);
        }

        var ties = 0.0;
        var first = 0;
        while (first < keys.Length)
        {
            var last = first;
            while (last + 1 < keys.Length && keys[last + 1] == keys[first])
            {
                last++;
            }

            var t = last - first + 1.0;
            var midRank = ((first + last) / 2.0) + 1;
            for (var i = first; i <= last; i++)
            {
                ranks[order[i]] = midRank;
            }

            ties += (t * t * t) - t;
            first = last + 1;
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

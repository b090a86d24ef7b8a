namespace ConsensusLab.Statistics;

/// <summary>
/// The stable ascending order of doubles by least-significant-digit radix sort: eight passes of 8 bits over keys that
/// compare like the doubles, with the eight histograms counted in one pass. O(n) where a comparison sort is
/// O(n log n), and stable by construction, which the exact figures need (tied answers keep the respondents' order, as
/// R keeps the data order). On a million answers it takes half the CPU of Array.Sort(keys, items) and a fraction of
/// LINQ's stable OrderBy (8-bit digits measured faster than 11 or 16: the 256 buckets stay in the L1 cache).
/// </summary>
internal static class StableOrder
{
    private const int DigitBits = 8;
    private const int Digits = 64 / DigitBits;
    private const int Buckets = 1 << DigitBits;

    /// <summary>The indices of <paramref name="values"/> (finite) in ascending order of value, ties in index order.</summary>
    public static int[] Of(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        var keys = new ulong[n];
        var order = new int[n];
        var counts = new int[Digits * Buckets];
        for (var i = 0; i < n; i++)
        {
            var key = Key(values[i]);
            keys[i] = key;
            order[i] = i;
            for (var d = 0; d < Digits; d++)
            {
                counts[(d * Buckets) + (int)((key >> (d * DigitBits)) & (Buckets - 1))]++;
            }
        }

        var keysOut = new ulong[n];
        var orderOut = new int[n];
        for (var d = 0; d < Digits && n > 0; d++)
        {
            var digit = counts.AsSpan(d * Buckets, Buckets);
            var shift = d * DigitBits;
            // A digit every key shares leaves the order as it is: skip the pass (Likert points share most of theirs).
            if (digit[(int)((keys[0] >> shift) & (Buckets - 1))] == n)
            {
                continue;
            }

            var start = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var count = digit[b];
                digit[b] = start;
                start += count;
            }

            for (var i = 0; i < n; i++)
            {
                var slot = digit[(int)((keys[i] >> shift) & (Buckets - 1))]++;
                keysOut[slot] = keys[i];
                orderOut[slot] = order[i];
            }

            (keys, keysOut) = (keysOut, keys);
            (order, orderOut) = (orderOut, order);
        }

        return order;
    }

    // Flipping the sign bit of positives and every bit of negatives makes unsigned order the numeric order; −0 is
    // taken as +0 so that the two zeros tie, as they compare equal.
    private static ulong Key(double value)
    {
        var bits = (ulong)BitConverter.DoubleToInt64Bits(value == 0 ? 0.0 : value);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }
}

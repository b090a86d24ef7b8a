namespace ConsensusLab.Statistics;

/// <summary>Van der Eijk's (2001) measure of agreement A for ordered rating scales.</summary>
public static class VanDerEijk
{
    /// <summary>
    /// The distribution is peeled into layers: each layer takes the smallest non-zero frequency m from every
    /// non-empty category, giving a 0/1 pattern. A pattern's agreement is U (1 − (S − 1)/(K − 1)), S = non-empty
    /// categories, U = ((K − 2) TU − (K − 1) TDU) / ((K − 2)(TU + TDU)) counted over triplets of categories i &lt; j &lt; l
    /// (TU: patterns 110 and 011, TDU: 101; U = 1 when neither occurs). A is the layers' agreements weighted by their
    /// share of respondents. 1 = everyone in one category, 0 = uniform, −1 = split evenly between the extremes.
    /// Null when nothing carries weight.
    /// </summary>
    /// <param name="frequencies">Weighted frequency of each category, in scale order; at least three.</param>
    public static double? Agreement(ReadOnlySpan<double> frequencies)
    {
        // Unimodality is judged on triplets of categories, so fewer than three leave it undefined.
        ArgumentOutOfRangeException.ThrowIfLessThan(frequencies.Length, 3, nameof(frequencies));
        var total = TastleWierman.Sum(frequencies);
        if (!(total > 0))
        {
            return null;
        }

        var k = frequencies.Length;
        Span<double> remaining = k <= 64 ? stackalloc double[k] : new double[k];
        frequencies.CopyTo(remaining);

        // A share this small of the total is rounding left over from subtracting layers.
        var negligible = total * 1e-12;
        var agreement = 0.0;
        Span<bool> pattern = k <= 64 ? stackalloc bool[k] : new bool[k];
        while (true)
        {
            var smallest = double.PositiveInfinity;
            var nonEmpty = 0;
            for (var i = 0; i < k; i++)
            {
                pattern[i] = remaining[i] > negligible;
                if (pattern[i])
                {
                    nonEmpty++;
                    smallest = Math.Min(smallest, remaining[i]);
                }
            }

            if (nonEmpty == 0)
            {
                return Math.Clamp(agreement, -1.0, 1.0);
            }

            agreement += smallest * nonEmpty / total * PatternAgreement(pattern, nonEmpty);
            for (var i = 0; i < k; i++)
            {
                remaining[i] = pattern[i] ? remaining[i] - smallest : 0.0;
            }
        }
    }

    private static double PatternAgreement(ReadOnlySpan<bool> pattern, int nonEmpty)
    {
        var k = pattern.Length;
        long unimodal = 0, bimodal = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                for (var l = j + 1; l < k; l++)
                {
                    unimodal += (pattern[i] && pattern[j] && !pattern[l]) || (!pattern[i] && pattern[j] && pattern[l]) ? 1 : 0;
                    bimodal += pattern[i] && !pattern[j] && pattern[l] ? 1 : 0;
                }
            }
        }

        var u = unimodal + bimodal == 0
            ? 1.0
            : (((k - 2.0) * unimodal) - ((k - 1.0) * bimodal)) / ((k - 2.0) * (unimodal + bimodal));
        return u * (1 - ((nonEmpty - 1.0) / (k - 1.0)));
    }
}

namespace ConsensusLab.Statistics;

/// <summary>
/// Krippendorff's alpha for several questions answered by the same participants: the participants are the
/// "coders" and the questions the "units", so alpha says how far participants agree beyond chance across the set
/// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). Needs raw answers; recomputed, not live.
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>Alpha with the nominal metric (δ² = 0 for equal values, 1 otherwise).</summary>
    /// <param name="answersByParticipant">One row per participant, one column per question; null = not answered.</param>
    public static double? Nominal(IReadOnlyList<IReadOnlyList<int?>> answersByParticipant) =>
        Compute(answersByParticipant, Level.Nominal);

    /// <summary>Alpha with the ordinal metric δ²_ck = (Σ_{g=c}^{k} n_g − (n_c + n_k)/2)², values ordered as integers.</summary>
    /// <param name="answersByParticipant">One row per participant, one column per question; null = not answered.</param>
    public static double? Ordinal(IReadOnlyList<IReadOnlyList<int?>> answersByParticipant) =>
        Compute(answersByParticipant, Level.Ordinal);

    /// <summary>
    /// Alpha with the interval metric δ²_ck = (c − k)²: equal steps between values, for answers read as scores (a
    /// Likert point's number, a position).
    /// </summary>
    /// <param name="answersByParticipant">One row per participant, one column per question; null = not answered.</param>
    public static double? Interval(IReadOnlyList<IReadOnlyList<int?>> answersByParticipant) =>
        Compute(answersByParticipant, Level.Interval);

    /// <summary>
    /// Alpha with the ratio metric δ²_ck = ((c − k)/(c + k))²: differences count relative to the size of the values,
    /// for counts and amounts with a true zero. Values must not be negative.
    /// </summary>
    /// <param name="answersByParticipant">One row per participant, one column per question; null = not answered.</param>
    public static double? Ratio(IReadOnlyList<IReadOnlyList<int?>> answersByParticipant) =>
        Compute(answersByParticipant, Level.Ratio);

    /// <summary>
    /// α = 1 − D_o / D_e = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck over the coincidence matrix o of pairable
    /// values (questions with at least two answers). Null when no question has two answers or only one value occurs
    /// (no variation: agreement cannot be told from chance).
    /// </summary>
    private static double? Compute(IReadOnlyList<IReadOnlyList<int?>> answers, Level level)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var distinct = new HashSet<int>();
        var units = 0;
        foreach (var row in answers)
        {
            units = Math.Max(units, row.Count);
            foreach (var answer in row)
            {
                if (answer is { } value)
                {
                    distinct.Add(value);
                }
            }
        }

        var values = distinct.Order().ToArray();
        if (values.Length == 0)
        {
            return null;
        }

        if (level == Level.Ratio && values[0] < 0)
        {
            throw new ArgumentException("Ratio data has a true zero: values must not be negative.", nameof(answers));
        }

        var index = new Dictionary<int, int>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            index[values[i]] = i;
        }

        var v = values.Length;
        var coincidences = new double[v, v];
        var unitCounts = new int[v];
        for (var u = 0; u < units; u++)
        {
            Array.Clear(unitCounts);
            var m = 0;
            foreach (var row in answers)
            {
                if (u < row.Count && row[u] is { } answer)
                {
                    unitCounts[index[answer]]++;
                    m++;
                }
            }

            // A question answered once has no pair: it carries no information about agreement.
            if (m < 2)
            {
                continue;
            }

            for (var c = 0; c < v; c++)
            {
                if (unitCounts[c] == 0)
                {
                    continue;
                }

                for (var k = 0; k < v; k++)
                {
                    coincidences[c, k] += unitCounts[c] * (double)(unitCounts[k] - (c == k ? 1 : 0)) / (m - 1);
                }
            }
        }

        var marginals = new double[v];
        var n = 0.0;
        for (var c = 0; c < v; c++)
        {
            for (var k = 0; k < v; k++)
            {
                marginals[c] += coincidences[c, k];
            }

            n += marginals[c];
        }

        if (n == 0)
        {
            return null;
        }

        double observed = 0, expected = 0;
        for (var c = 0; c < v; c++)
        {
            for (var k = 0; k < v; k++)
            {
                var delta = Distance(values, marginals, c, k, level);
                observed += coincidences[c, k] * delta;
                expected += marginals[c] * marginals[k] * delta;
            }
        }

        return expected > 0 ? 1 - ((n - 1) * observed / expected) : null;
    }

    private static double Distance(int[] values, double[] marginals, int c, int k, Level level)
    {
        if (c == k)
        {
            return 0.0;
        }

        switch (level)
        {
            case Level.Nominal:
                return 1.0;
            case Level.Interval:
                return Math.Pow((double)values[c] - values[k], 2);
            case Level.Ratio:
                // c ≠ k and neither is negative, so the sum is positive.
                return Math.Pow(((double)values[c] - values[k]) / ((double)values[c] + values[k]), 2);
            default:
                var (low, high) = c < k ? (c, k) : (k, c);
                var sum = 0.0;
                for (var g = low; g <= high; g++)
                {
                    sum += marginals[g];
                }

                var d = sum - ((marginals[low] + marginals[high]) / 2);
                return d * d;
        }
    }

    /// <summary>The level of measurement, which chooses the difference function δ².</summary>
    private enum Level
    {
        Nominal,
        Ordinal,
        Interval,
        Ratio,
    }
}

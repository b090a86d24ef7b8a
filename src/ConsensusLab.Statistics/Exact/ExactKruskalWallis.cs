namespace ConsensusLab.Statistics;

/// <summary>
/// Kruskal–Wallis on exact answers (each respondent's own value, not the tally's categories): unweighted, with
/// mid-ranks for ties and the tie correction, as R's kruskal.test. For weights use <see cref="SurveyRankTest"/>.
/// </summary>
public static class ExactKruskalWallis
{
    /// <summary>
    /// H = [12 / (N(N + 1)) Σ_g R_g² / n_g − 3(N + 1)] / [1 − Σ (t³ − t) / (N³ − N)] on df = groups − 1. Null with
    /// fewer than two groups or when every answer is the same.
    /// </summary>
    /// <param name="values">One finite answer per respondent.</param>
    /// <param name="groups">The respondent's group, any integer code, in the same order.</param>
    public static ChiSquareTest? Test(ReadOnlySpan<double> values, ReadOnlySpan<int> groups)
    {
        if (values.Length != groups.Length)
        {
            throw new ArgumentException($"{values.Length} answers but {groups.Length} group codes.", nameof(groups));
        }

        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentOutOfRangeException(nameof(values), v, "Every answer must be finite.");
            }
        }

        var ranks = new double[values.Length];
        var ties = MidRanks.Assign(values, ranks);
        double n = values.Length;
        var correction = 1 - (ties / ((n * n * n) - n));
        var rankSums = new Dictionary<int, (double Sum, int Count)>();
        for (var i = 0; i < ranks.Length; i++)
        {
            var (sum, count) = rankSums.GetValueOrDefault(groups[i]);
            rankSums[groups[i]] = (sum + ranks[i], count + 1);
        }

        // n < 2 leaves the correction NaN or zero: nothing to rank against.
        if (rankSums.Count < 2 || !(correction > 1e-12))
        {
            return null;
        }

        var between = rankSums.Values.Sum(g => g.Sum * g.Sum / g.Count);
        var h = ((12 / (n * (n + 1)) * between) - (3 * (n + 1))) / correction;
        return ChiSquareTest.Of(h, rankSums.Count - 1);
    }
}

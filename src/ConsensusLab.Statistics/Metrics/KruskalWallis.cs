namespace ConsensusLab.Statistics;

/// <summary>
/// Kruskal–Wallis test of whether groups answer an ordinal question alike, computed from a tally: answers in one
/// category are ties, so each takes the category's mid-rank, and H is divided by the tie correction.
/// </summary>
public static class KruskalWallis
{
    /// <summary>
    /// H = [12 / (N(N + 1)) Σ_g R_g² / n_g − 3(N + 1)] / [1 − Σ_c (t_c³ − t_c) / (N³ − N)], with R_g the rank sum
    /// of group g, t_c the answers in category c, on df = groups present − 1. Null with fewer than two groups
    /// present or when every answer is in one category (no ranks to compare).
    /// </summary>
    /// <param name="counts">Counts per group (rows) and ordered category (columns).</param>
    public static ChiSquareTest? Test(long[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var groupTotals = IndependenceTest.Totals(counts, byRow: true);
        var categoryTotals = IndependenceTest.Totals(counts, byRow: false);
        var groupsPresent = groupTotals.Count(t => t > 0);
        double n = groupTotals.Sum();
        if (groupsPresent < 2)
        {
            return null;
        }

        var ties = 0.0;
        foreach (var t in categoryTotals)
        {
            ties += ((double)t * t * t) - t;
        }

        var correction = 1 - (ties / ((n * n * n) - n));
        if (correction <= 1e-12)
        {
            return null;
        }

        var sum = 0.0;
        for (var g = 0; g < groupTotals.Length; g++)
        {
            if (groupTotals[g] == 0)
            {
                continue;
            }

            var rankSum = 0.0;
            var below = 0.0;
            for (var c = 0; c < categoryTotals.Length; c++)
            {
                var midRank = below + ((categoryTotals[c] + 1) / 2.0);
                rankSum += counts[g, c] * midRank;
                below += categoryTotals[c];
            }

            sum += rankSum * rankSum / groupTotals[g];
        }

        var h = ((12 / (n * (n + 1)) * sum) - (3 * (n + 1))) / correction;
        return ChiSquareTest.Of(h, groupsPresent - 1);
    }
}

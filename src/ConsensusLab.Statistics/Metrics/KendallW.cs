using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>Kendall and Babington Smith's (1939) coefficient of concordance W.</summary>
public static class KendallW
{
    /// <summary>
    /// W from mean ranks: W = 12 Σ_i (r̄_i − (k + 1)/2)² / (k³ − k), which is 12S / (m²(k³ − k)) with rank sums
    /// R_i = m r̄_i. Tallied rankings are complete and strict, so there are no ties to correct for. With weights the
    /// mean ranks are weighted and m is Kish's effective n. Null with fewer than two raters' worth of weight: one
    /// ranking agrees with itself (W would be 1), which says nothing about agreement between people.
    /// </summary>
    /// <param name="meanRanks">Mean rank of each item, 1 = first.</param>
    /// <param name="raters">m, the number of rankings (or effective n).</param>
    public static RankingConcordance? FromMeanRanks(ReadOnlySpan<double> meanRanks, double? raters)
    {
        var k = meanRanks.Length;
        if (raters is not { } m || m < 2 || k < 2)
        {
            return null;
        }

        var centre = (k + 1) / 2.0;
        var s = 0.0;
        foreach (var r in meanRanks)
        {
            s += (r - centre) * (r - centre);
        }

        var w = Math.Clamp(12 * s / (((double)k * k * k) - k), 0.0, 1.0);
        ImmutableArray<double> rankSums = [.. meanRanks.ToArray().Select(r => m * r)];
        return new RankingConcordance(w, ChiSquareTest.Of(m * (k - 1) * w, k - 1), m) { UncorrectedW = w, RankSums = rankSums };
    }

    /// <summary>
    /// W from raw rankings with Kendall's tie correction (the primary form): each rater's scores are turned into
    /// mid-ranks, and W = 12S / (m²(k³ − k) − m Σ_j T_j), with T_j = Σ (t³ − t) over rater j's groups of tied items.
    /// Null with fewer than two raters (see <see cref="FromMeanRanks"/>) or two items, or when every rater ties every item.
    /// </summary>
    /// <param name="rankings">One entry per rater: a rank (or score; lower = preferred) for each of the k items.</param>
    public static RankingConcordance? FromRankings(IReadOnlyList<IReadOnlyList<double>> rankings)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        var m = rankings.Count;
        if (m < 2 || rankings[0].Count < 2)
        {
            return null;
        }

        var k = rankings[0].Count;
        var rankSums = new double[k];
        var tieSum = 0.0;
        var midRanks = new double[k];
        foreach (var ranking in rankings)
        {
            if (ranking.Count != k)
            {
                throw new ArgumentException("Every rater must rank the same items.", nameof(rankings));
            }

            tieSum += MidRanks.Assign(ranking.ToArray(), midRanks);
            for (var i = 0; i < k; i++)
            {
                rankSums[i] += midRanks[i];
            }
        }

        var meanSum = m * (k + 1) / 2.0;
        var s = rankSums.Sum(r => (r - meanSum) * (r - meanSum));
        var denominator = ((double)m * m * (((double)k * k * k) - k)) - (m * tieSum);
        if (denominator <= 0)
        {
            return null;
        }

        var w = Math.Clamp(12 * s / denominator, 0.0, 1.0);
        var uncorrected = Math.Clamp(12 * s / ((double)m * m * (((double)k * k * k) - k)), 0.0, 1.0);
        return new RankingConcordance(w, ChiSquareTest.Of(m * (k - 1) * w, k - 1), m)
        {
            UncorrectedW = uncorrected,
            RankSums = [.. rankSums],
        };
    }
}

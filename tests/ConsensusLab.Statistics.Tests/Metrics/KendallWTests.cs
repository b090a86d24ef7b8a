namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class KendallWTests
{
    // Hollander & Wolfe (1973), p. 140: rounding first base, 22 players (raters) × 3 methods (items), ties within
    // players (the example of R's friedman.test). R 4.2: Friedman chi-squared = 11.1428571428571, df = 2,
    // p = 0.00380504077551136, which is m(k − 1)W, so tie-corrected W = 11.142857 / 44 = 0.253246753246753.
    private static readonly double[][] RoundingTimes =
    [
        [5.40, 5.50, 5.55], [5.85, 5.70, 5.75], [5.20, 5.60, 5.50], [5.55, 5.50, 5.40], [5.90, 5.85, 5.70],
        [5.45, 5.55, 5.60], [5.40, 5.40, 5.35], [5.45, 5.50, 5.35], [5.25, 5.15, 5.00], [5.85, 5.80, 5.70],
        [5.25, 5.20, 5.10], [5.65, 5.55, 5.45], [5.60, 5.35, 5.45], [5.05, 5.00, 4.95], [5.50, 5.50, 5.40],
        [5.45, 5.55, 5.50], [5.55, 5.55, 5.35], [5.45, 5.50, 5.55], [5.50, 5.45, 5.25], [5.65, 5.60, 5.40],
        [5.70, 5.65, 5.55], [6.30, 6.30, 6.25],
    ];

    [Fact]
    public void Tie_corrected_W_matches_Hollander_and_Wolfe_rounding_times()
    {
        var result = KendallW.FromRankings(RoundingTimes)!;

        Assert.Equal(0.253246753246753, result.W, 12);
        Assert.Equal(11.1428571428571, result.Test.Statistic, 10);
        Assert.Equal(2, result.Test.DegreesOfFreedom);
        Assert.Equal(0.00380504077551136, result.Test.PValue, 12);
        Assert.Equal(22, result.Raters);
    }

    [Fact]
    public void Uncorrected_W_and_rank_sums_match_the_hand_computation_of_Hollander_and_Wolfe()
    {
        // further_measures.py, block "Kendall's W without tie correction": SciPy rankdata per player, rank sums
        // 53, 47, 32, W = 12S / (m²(k³ − k)) = 0.24173553719008264, below the tie-corrected 0.2532.
        var result = KendallW.FromRankings(RoundingTimes)!;

        Assert.Equal(0.24173553719008264, result.UncorrectedW, 12);
        Assert.Equal([53.0, 47.0, 32.0], result.RankSums.ToArray(), Tolerance.TwelveDigits);
        Assert.Equal(3, result.Items);
        Assert.True(result.UncorrectedW < result.W);
    }

    [Fact]
    public void Uncorrected_W_equals_W_for_tallied_strict_rankings()
    {
        var result = KendallW.FromMeanRanks([4.0 / 3, 2.0, 8.0 / 3], 3)!;

        Assert.Equal(result.W, result.UncorrectedW);
        Assert.Equal([4.0, 6.0, 8.0], result.RankSums.ToArray(), Tolerance.TwelveDigits);
        Assert.Equal(3, result.Items);
    }

    [Fact]
    public void Identical_rankings_have_W_of_one()
    {
        double[][] rankings = [[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]];
        Assert.Equal(1.0, KendallW.FromRankings(rankings)!.W, 12);
    }

    [Fact]
    public void Two_opposite_rankings_have_W_of_zero()
    {
        double[][] rankings = [[1, 2, 3], [3, 2, 1]];
        Assert.Equal(0.0, KendallW.FromRankings(rankings)!.W, 12);
    }

    [Fact]
    public void W_from_mean_ranks_equals_W_from_the_rankings_without_ties()
    {
        // Rankings (1, 2, 3), (1, 3, 2), (2, 1, 3): mean ranks 4/3, 2, 8/3; rank sums 4, 6, 8,
        // S = 8, W = 12 · 8 / (3² · 24) = 4/9.
        double[][] rankings = [[1, 2, 3], [1, 3, 2], [2, 1, 3]];

        var fromRankings = KendallW.FromRankings(rankings)!;
        var fromMeans = KendallW.FromMeanRanks([4.0 / 3, 2.0, 8.0 / 3], 3)!;

        Assert.Equal(4.0 / 9, fromRankings.W, 12);
        Assert.Equal(fromRankings.W, fromMeans.W, 12);
        Assert.Equal(fromRankings.Test.PValue, fromMeans.Test.PValue, 12);
    }

    // Decision (docs/statistics.md, "Further measures"): one judge's ranking agrees with itself, so W would be 1
    // whatever the ranking; that says nothing about agreement between people, so W stays undefined.
    [Fact]
    public void W_needs_two_raters()
    {
        Assert.Null(KendallW.FromRankings([[1.0, 2.0]]));
        Assert.Null(KendallW.FromMeanRanks([1.0, 2.0], 1));
        Assert.Null(KendallW.FromMeanRanks([1.0, 2.0], null));
    }

    [Fact]
    public void W_when_every_rater_ties_everything_is_undefined()
    {
        double[][] rankings = [[1, 1, 1], [2, 2, 2]];
        Assert.Null(KendallW.FromRankings(rankings));
    }
}

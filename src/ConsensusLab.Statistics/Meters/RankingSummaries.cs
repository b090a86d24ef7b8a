using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>Borda scores and mean ranks of a ranking question.</summary>
internal static class RankingSummaries
{
    /// <summary>Per item, in item order; empty when no respondent carries weight.</summary>
    public static ImmutableArray<RankedItem> Of(WeightedTally tally)
    {
        if (!tally.HasWeight)
        {
            return [];
        }

        var options = tally.Scale.Options;
        var items = ImmutableArray.CreateBuilder<RankedItem>(options);
        for (var item = 0; item < options; item++)
        {
            var rankSum = 0.0;
            for (var position = 0; position < options; position++)
            {
                rankSum += tally.CellWeights[(item * options) + position] * (position + 1);
            }

            var meanRank = rankSum / tally.TotalWeight;
            items.Add(new RankedItem(item, options - meanRank, meanRank));
        }

        return items.MoveToImmutable();
    }
}

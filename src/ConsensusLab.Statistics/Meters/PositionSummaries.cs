namespace ConsensusLab.Statistics;

/// <summary>Weighted summaries of answers on the position axis.</summary>
internal static class PositionSummaries
{
    // Answers are quantised to 0.01, so anything closer than this to the status quo is on it.
    private const double OnStatusQuo = 1e-9;

    private static readonly double[] Values = Enumerable.Range(0, Scale.PositionCells).Select(Scale.PositionValue).ToArray();

    /// <summary>The value of each position cell, ascending.</summary>
    public static ReadOnlySpan<double> CellValues => Values;

    public static PositionSummary Of(WeightedTally tally)
    {
        if (!tally.HasWeight)
        {
            return new PositionSummary(null, null, null, null, null);
        }

        var weights = tally.CellWeights;
        var mean = 0.0;
        for (var c = 0; c < weights.Length; c++)
        {
            mean += weights[c] * Values[c];
        }

        mean /= tally.TotalWeight;
        var variance = 0.0;
        double below = 0.0, above = 0.0;
        var statusQuo = tally.Scale.StatusQuo;
        for (var c = 0; c < weights.Length; c++)
        {
            var deviation = Values[c] - mean;
            variance += weights[c] * deviation * deviation;
            if (statusQuo is { } sq)
            {
                below += Values[c] < sq - OnStatusQuo ? weights[c] : 0.0;
                above += Values[c] > sq + OnStatusQuo ? weights[c] : 0.0;
            }
        }

        var sd = Math.Sqrt(variance / tally.TotalWeight);
        var median = WeightedQuantile.Of(Values, weights, tally.CellCounts, 0.5);
        return statusQuo is null
            ? new PositionSummary(mean, sd, median, null, null)
            : new PositionSummary(mean, sd, median, below / tally.TotalWeight, above / tally.TotalWeight);
    }
}

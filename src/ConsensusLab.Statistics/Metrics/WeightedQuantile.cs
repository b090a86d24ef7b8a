namespace ConsensusLab.Statistics;

/// <summary>
/// Quantiles of tallied answers: Hyndman and Fan (1996) type 7 (R's and Excel's default), generalised to weights.
/// Each respondent occupies an interval of its weight along the cumulative weight and sits at the interval's
/// midpoint; midpoints are rescaled so the first respondent is at 0 and the last at 1, and the quantile
/// interpolates linearly between neighbouring respondents. Tied respondents in one cell are interchangeable, so they
/// share the cell's mean weight, which makes the rule independent of any order within a cell. With equal weights
/// the midpoints are (k − 1)/(n − 1): exactly type 7.
/// </summary>
public static class WeightedQuantile
{
    /// <summary>The p-quantile of tallied answers; null when no respondent carries weight.</summary>
    /// <param name="values">Value of each cell, ascending.</param>
    /// <param name="cellWeights">Summed weight of the respondents in each cell.</param>
    /// <param name="cellCounts">Number of weighted respondents in each cell.</param>
    /// <param name="p">Probability, 0..1.</param>
    public static double? Of(ReadOnlySpan<double> values, ReadOnlySpan<double> cellWeights, ReadOnlySpan<long> cellCounts, double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability must lie within [0, 1].");
        }

        int first = -1, last = -1;
        var total = 0.0;
        for (var c = 0; c < values.Length; c++)
        {
            if (Occupied(cellWeights, cellCounts, c))
            {
                first = first < 0 ? c : first;
                last = c;
                total += cellWeights[c];
            }
        }

        if (first < 0)
        {
            return null;
        }

        var lowest = MeanWeight(cellWeights, cellCounts, first) / 2;
        var highest = total - (MeanWeight(cellWeights, cellCounts, last) / 2);
        var target = lowest + (p * (highest - lowest));

        var cumulative = 0.0;
        var previous = -1;
        var previousLastMidpoint = 0.0;
        for (var c = first; c <= last; c++)
        {
            if (!Occupied(cellWeights, cellCounts, c))
            {
                continue;
            }

            var meanWeight = MeanWeight(cellWeights, cellCounts, c);
            var firstMidpoint = cumulative + (meanWeight / 2);
            if (previous >= 0 && target < firstMidpoint)
            {
                // Between the last respondent of the previous cell and the first of this one.
                var fraction = (target - previousLastMidpoint) / (firstMidpoint - previousLastMidpoint);
                return values[previous] + (fraction * (values[c] - values[previous]));
            }

            cumulative += cellWeights[c];
            var lastMidpoint = cumulative - (meanWeight / 2);
            if (target <= lastMidpoint)
            {
                return values[c];
            }

            previous = c;
            previousLastMidpoint = lastMidpoint;
        }

        // Only rounding error at p = 1 gets here.
        return values[last];
    }

    private static bool Occupied(ReadOnlySpan<double> cellWeights, ReadOnlySpan<long> cellCounts, int c) =>
        cellWeights[c] > 0 && cellCounts[c] > 0;

    private static double MeanWeight(ReadOnlySpan<double> cellWeights, ReadOnlySpan<long> cellCounts, int c) =>
        cellWeights[c] / cellCounts[c];
}

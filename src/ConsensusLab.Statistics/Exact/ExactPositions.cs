namespace ConsensusLab.Statistics;

/// <summary>
/// Position figures recomputed from individual answers and respondent weights. The live meters may keep positions
/// on the 0.01 grid; exports and recomputations use these, which take each position as recorded.
/// </summary>
public static class ExactPositions
{
    /// <summary>Mean, both variances, quartiles under <paramref name="rule"/> and Esteban–Ray at <paramref name="alpha"/>.</summary>
    /// <param name="positions">One position per respondent within [−1, 1].</param>
    /// <param name="weights">One finite, non-negative weight per respondent, in the same order.</param>
    /// <param name="rule">The weighted quantile rule, named in the result.</param>
    /// <param name="alpha">Esteban–Ray's α, 0 ≤ α ≤ 1.6.</param>
    public static ExactPositionSummary Summarise(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights,
        QuantileRule rule = QuantileRule.SurveyHf7, double alpha = EstebanRay.DefaultAlpha)
    {
        CheckRange(positions);
        var sorted = WeightedAnswers.Sorted(positions, weights);
        var polarization = Polarization(sorted, alpha);
        var n = sorted.Values.Length;
        if (n == 0)
        {
            return ExactPositionSummary.Undefined(rule, alpha);
        }

        var mean = 0.0;
        for (var k = 0; k < n; k++)
        {
            mean += sorted.Weights[k] * sorted.Values[k];
        }

        mean /= sorted.Total;
        var squares = 0.0;
        for (var k = 0; k < n; k++)
        {
            var deviation = sorted.Values[k] - mean;
            squares += sorted.Weights[k] * deviation * deviation;
        }

        var population = squares / sorted.Total;
        return new ExactPositionSummary(
            n,
            mean,
            population,
            n > 1 ? population * n / (n - 1) : null,
            rule,
            ExactQuantile.At(sorted, 0.25, rule),
            ExactQuantile.At(sorted, 0.5, rule),
            ExactQuantile.At(sorted, 0.75, rule),
            alpha,
            polarization);
    }

    /// <summary>
    /// Esteban–Ray polarization of individual positions: every distinct position is a "group" with its share of the
    /// weight, at (x + 1)/2 on [0, 1] (see <see cref="EstebanRay.Polarization"/>). Null when nobody carries weight.
    /// </summary>
    public static double? Polarization(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights, double alpha = EstebanRay.DefaultAlpha)
    {
        CheckRange(positions);
        return Polarization(WeightedAnswers.Sorted(positions, weights), alpha);
    }

    private static double? Polarization(WeightedAnswers sorted, double alpha)
    {
        var cells = sorted.Distinct();
        var rescaled = cells.Values;
        for (var k = 0; k < rescaled.Length; k++)
        {
            rescaled[k] = (rescaled[k] + 1) / 2;
        }

        return EstebanRay.Polarization(cells.Weights, rescaled, alpha);
    }

    private static void CheckRange(ReadOnlySpan<double> positions)
    {
        foreach (var x in positions)
        {
            if (!(x >= -1 && x <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(positions), x, "A position must lie within [−1, 1].");
            }
        }
    }
}

namespace ConsensusLab.Statistics;

/// <summary>Weighted quantiles of individual answers (exact values, not the 0.01 grid) under a named rule.</summary>
public static class ExactQuantile
{
    /// <summary>The p-quantile; null when no respondent carries weight. Zero-weight respondents are left out.</summary>
    /// <param name="values">One finite answer per respondent, in any order.</param>
    /// <param name="weights">One finite, non-negative weight per respondent, in the same order.</param>
    /// <param name="p">Probability, 0..1.</param>
    /// <param name="rule">The rule; see <see cref="QuantileRule"/>.</param>
    public static double? Of(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double p, QuantileRule rule)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability must lie within [0, 1].");
        }

        var sorted = WeightedAnswers.Sorted(values, weights);
        if (sorted.Values.Length == 0)
        {
            return null;
        }

        return At(sorted, p, rule);
    }

    /// <summary>The p-quantile of sorted answers (at least one) under a rule.</summary>
    internal static double At(WeightedAnswers sorted, double p, QuantileRule rule) =>
        rule switch
        {
            QuantileRule.WeightMidpoints => MidpointRule(sorted, p),
            QuantileRule.SurveyMath => MathRule(sorted, p),
            QuantileRule.SurveyHf7 => Hf7Rule(sorted, p),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown quantile rule."),
        };

    private static double MidpointRule(WeightedAnswers sorted, double p)
    {
        // Tied answers form one cell, as in the tally, so the live rule gives the same figure on exact values.
        var cells = sorted.Distinct();
        return WeightedQuantile.Of(cells.Values, cells.Weights, cells.Counts, p)!.Value;
    }

    private static double MathRule(WeightedAnswers sorted, double p)
    {
        // Exact equality of the cumulative weight and pW decides between two answers, so allow for rounding in Σw
        // (weights such as 0.1 would otherwise miss the tie that R finds with 1s).
        var target = p * sorted.Total;
        var slack = 1e-12 * sorted.Total;
        var cumulative = 0.0;
        for (var k = 0; k < sorted.Values.Length; k++)
        {
            cumulative += sorted.Weights[k];
            if (cumulative >= target - slack)
            {
                return sorted.Values[k];
            }
        }

        return sorted.Values[^1];
    }

    private static double Hf7Rule(WeightedAnswers sorted, double p)
    {
        var n = sorted.Values.Length;
        if (n == 1)
        {
            return sorted.Values[0];
        }

        var scale = sorted.Total - sorted.Weights[n - 1];
        var before = 0.0;
        for (var k = 0; k < n - 1; k++)
        {
            var next = before + sorted.Weights[k];
            var low = before / scale;
            var high = next / scale;
            if (p <= high)
            {
                return sorted.Values[k] + ((p - low) / (high - low) * (sorted.Values[k + 1] - sorted.Values[k]));
            }

            before = next;
        }

        return sorted.Values[n - 1];
    }
}

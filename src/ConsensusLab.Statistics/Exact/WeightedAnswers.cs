namespace ConsensusLab.Statistics;

/// <summary>
/// Answers with positive weight, sorted ascending (stably, so tied answers keep the respondents' order, which R
/// survey's rank tests depend on); what the exact summaries and the design-based tests start from.
/// </summary>
internal sealed record WeightedAnswers(double[] Values, double[] Weights, int[] Respondents)
{
    public double Total { get; } = Weights.Sum();

    /// <summary>Validates the inputs and leaves out zero-weight respondents, as if their rows were dropped.</summary>
    public static WeightedAnswers Sorted(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentOutOfRangeException(nameof(values), v, "Every answer must be finite.");
            }
        }

        var kept = Positive(weights, values.Length);
        var keptValues = new double[kept.Length];
        for (var k = 0; k < kept.Length; k++)
        {
            keptValues[k] = values[kept[k]];
        }

        var order = StableOrder.Of(keptValues);
        var sortedValues = new double[order.Length];
        var sortedWeights = new double[order.Length];
        var respondents = new int[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            sortedValues[k] = keptValues[order[k]];
            respondents[k] = kept[order[k]];
            sortedWeights[k] = weights[respondents[k]];
        }

        return new WeightedAnswers(sortedValues, sortedWeights, respondents);
    }

    /// <summary>
    /// The indices of respondents with positive weight, after checking that there is one weight per answer and that
    /// every weight is finite and non-negative.
    /// </summary>
    public static int[] Positive(ReadOnlySpan<double> weights, int answers)
    {
        if (answers != weights.Length)
        {
            throw new ArgumentException($"{answers} answers but {weights.Length} weights.", nameof(weights));
        }

        var kept = new int[weights.Length];
        var count = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weights[i], $"Respondent {i}: a weight must be finite and non-negative.");
            }

            if (weights[i] > 0)
            {
                kept[count++] = i;
            }
        }

        return count == kept.Length ? kept : kept[..count];
    }

    /// <summary>The distinct answers with their summed weight and number of respondents, as tally cells.</summary>
    public (double[] Values, double[] Weights, long[] Counts) Distinct()
    {
        var distinct = new double[Values.Length];
        var weights = new double[Values.Length];
        var counts = new long[Values.Length];
        var cells = 0;
        for (var k = 0; k < Values.Length; k++)
        {
            if (cells > 0 && distinct[cells - 1] == Values[k])
            {
                weights[cells - 1] += Weights[k];
                counts[cells - 1]++;
            }
            else
            {
                distinct[cells] = Values[k];
                weights[cells] = Weights[k];
                counts[cells++] = 1;
            }
        }

        return (distinct[..cells], weights[..cells], counts[..cells]);
    }
}

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

        // OrderBy is a stable sort (Array.Sort is not).
        var order = Enumerable.Range(0, kept.Length).OrderBy(k => keptValues[k]).ToArray();
        var sortedWeights = new double[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            sortedWeights[k] = weights[kept[order[k]]];
        }

        return new WeightedAnswers(order.Select(k => keptValues[k]).ToArray(), sortedWeights, order.Select(k => kept[k]).ToArray());
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

        var kept = new List<int>(weights.Length);
        for (var i = 0; i < weights.Length; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weights[i], $"Respondent {i}: a weight must be finite and non-negative.");
            }

            if (weights[i] > 0)
            {
                kept.Add(i);
            }
        }

        return [.. kept];
    }

    /// <summary>The distinct answers with their summed weight and number of respondents, as tally cells.</summary>
    public (double[] Values, double[] Weights, long[] Counts) Distinct()
    {
        var distinct = new List<double>();
        var weights = new List<double>();
        var counts = new List<long>();
        for (var k = 0; k < Values.Length; k++)
        {
            if (distinct.Count > 0 && distinct[^1] == Values[k])
            {
                weights[^1] += Weights[k];
                counts[^1]++;
            }
            else
            {
                distinct.Add(Values[k]);
                weights.Add(Weights[k]);
                counts.Add(1);
            }
        }

        return ([.. distinct], [.. weights], [.. counts]);
    }
}

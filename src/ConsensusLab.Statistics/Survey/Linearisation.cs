using System.Buffers;

namespace ConsensusLab.Statistics;

/// <summary>
/// Standard errors of weighted means and proportions by linearisation (Taylor series) for a design with weights only,
/// sampled with replacement: what R survey's svymean gives for svydesign(ids = ~1, weights = ~w). Scaling all weights
/// by a constant changes nothing here, so the weights need no normalisation.
/// </summary>
public static class Linearisation
{
    /// <summary>
    /// ȳ = Σwy/Σw; SE = √(n/(n−1) · Σ w²(y − ȳ)²) / Σw; design effect = SE² / (s²_w / n) with s²_w = n/(n−1) · Σ w (y − ȳ)² / Σw,
    /// as svymean(..., deff = "replace"). Respondents with zero weight are out of the sample (as if their rows were
    /// dropped); so n counts positive weights only.
    /// </summary>
    /// <param name="answers">One finite value per respondent (0/1 for a proportion).</param>
    /// <param name="weights">One weight per respondent, in the same order.</param>
    public static SurveyEstimate Mean(ReadOnlySpan<double> answers, ReadOnlySpan<double> weights)
    {
        if (answers.Length != weights.Length)
        {
            throw new ArgumentException($"{answers.Length} answers but {weights.Length} weights.", nameof(weights));
        }

        var n = 0;
        double sum = 0, sumOfSquares = 0, weighted = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            if (!double.IsFinite(answers[i]) || !double.IsFinite(weights[i]) || weights[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(answers), $"Respondent {i}: answer {answers[i]} and weight {weights[i]} must be finite, the weight non-negative.");
            }

            if (weights[i] > 0)
            {
                n++;
                sum += weights[i];
                sumOfSquares += weights[i] * weights[i];
                weighted += weights[i] * answers[i];
            }
        }

        if (n == 0)
        {
            return SurveyEstimate.Undefined;
        }

        var mean = weighted / sum;
        var kish = sum * sum / sumOfSquares;
        if (n == 1)
        {
            // n/(n−1) is undefined: one respondent says nothing about the spread.
            return new SurveyEstimate(mean, null, null, n, kish);
        }

        double squaredResiduals = 0, weightedResiduals = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            var residual = answers[i] - mean;
            squaredResiduals += weights[i] * weights[i] * residual * residual;
            weightedResiduals += weights[i] * residual * residual;
        }

        var correction = n / (n - 1.0);
        var variance = correction * squaredResiduals / (sum * sum);
        var srsVariance = correction * weightedResiduals / sum / n;
        return new SurveyEstimate(mean, Math.Sqrt(variance), srsVariance > 0 ? variance / srsVariance : null, n, kish);
    }

    /// <summary>The weighted share of respondents for whom <paramref name="yes"/> holds, with its SE: the mean of a 0/1 answer.</summary>
    public static SurveyEstimate Proportion(ReadOnlySpan<bool> yes, ReadOnlySpan<double> weights)
    {
        // A pooled buffer: recomputing a million answers should not allocate eight megabytes for the 0/1 copy.
        var indicator = ArrayPool<double>.Shared.Rent(yes.Length);
        try
        {
            for (var i = 0; i < yes.Length; i++)
            {
                indicator[i] = yes[i] ? 1 : 0;
            }

            return Mean(indicator.AsSpan(0, yes.Length), weights);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(indicator);
        }
    }
}

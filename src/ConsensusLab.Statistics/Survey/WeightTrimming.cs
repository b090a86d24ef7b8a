namespace ConsensusLab.Statistics;

/// <summary>
/// Bounds on weights relative to their mean, applied as R survey's trimWeights(strict = TRUE): weights outside
/// [Lower·mean, Upper·mean] are set to the bound and the amount trimmed is shared equally (added, not scaled) among
/// the weights that were inside, repeated until none is outside. The total is kept, so the mean and the bounds stay
/// put. Zero weights are left alone: they mark respondents who are out of the figures, and lifting them to the
/// lower bound would bring them back in.
/// </summary>
/// <param name="Lower">Lower bound as a multiple of the mean weight, 0 ≤ Lower ≤ 1.</param>
/// <param name="Upper">Upper bound as a multiple of the mean weight, Upper ≥ 1.</param>
public sealed record WeightTrimming(double Lower, double Upper)
{
    // Each pass moves a shrinking amount; a few hundred passes reach the point where it no longer changes a double.
    private const int MaxPasses = 10_000;

    /// <summary>The lower bound, validated.</summary>
    public double Lower { get; init; } = Lower is >= 0 and <= 1
        ? Lower
        : throw new ArgumentOutOfRangeException(nameof(Lower), Lower, "The lower bound must lie in [0, 1] times the mean weight.");

    /// <summary>The upper bound, validated.</summary>
    public double Upper { get; init; } = Upper >= 1 && !double.IsNaN(Upper)
        ? Upper
        : throw new ArgumentOutOfRangeException(nameof(Upper), Upper, "The upper bound must be at least the mean weight.");

    /// <summary>Trims the weights in place. Throws when the bounds leave no weight inside to take the trimmed amount.</summary>
    internal void Apply(double[] weights)
    {
        var positive = weights.Count(w => w > 0);
        if (positive == 0)
        {
            return;
        }

        var mean = weights.Sum() / positive;
        var lower = Lower * mean;
        var upper = Upper * mean;
        var outside = new bool[weights.Length];
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var trimmed = 0.0;
            var inside = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                var w = weights[i];
                outside[i] = w > 0 && (w < lower || w > upper);
                if (outside[i])
                {
                    weights[i] = Math.Clamp(w, lower, upper);
                    trimmed += w - weights[i];
                }
                else if (w > 0)
                {
                    inside++;
                }
            }

            if (inside == positive)
            {
                return;
            }

            if (inside == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), $"Every weight lies outside [{Lower}, {Upper}] times the mean: nothing is left to take the trimmed amount.");
            }

            // As R: the trimmed amount is added in equal parts to the weights that were inside, which may push some of
            // them out again; the next pass trims those.
            for (var i = 0; i < weights.Length; i++)
            {
                if (weights[i] > 0 && !outside[i])
                {
                    weights[i] += trimmed / inside;
                }
            }
        }
    }
}

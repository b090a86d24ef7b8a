namespace ConsensusLab.Statistics;

/// <summary>When raking stops, and the bounds the final weights are trimmed to.</summary>
/// <param name="Tolerance">Largest accepted gap between a weighted share and its target, as a share (0..1).</param>
/// <param name="MaxIterations">Cap on full passes over the margins.</param>
/// <param name="Trimming">Bounds on the raked weights relative to their mean; null leaves them untrimmed.</param>
public sealed record RakingOptions(double Tolerance = 1e-12, int MaxIterations = 100, WeightTrimming? Trimming = null)
{
    /// <summary>The tolerance, validated to be positive and finite.</summary>
    public double Tolerance { get; init; } = double.IsFinite(Tolerance) && Tolerance > 0
        ? Tolerance
        : throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "The tolerance must be positive and finite.");

    /// <summary>The iteration cap, validated to be at least one.</summary>
    public int MaxIterations { get; init; } = MaxIterations >= 1
        ? MaxIterations
        : throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "At least one iteration is needed.");

    /// <summary>Tolerance 1e-12, at most 100 passes, no trimming.</summary>
    public static RakingOptions Default { get; } = new();
}

namespace ConsensusLab.Statistics;

/// <summary>A weighted share with its Wilson score interval on Kish's effective n. Null fields = undefined.</summary>
/// <param name="Estimate">The weighted share, 0..1; null when there are no respondents.</param>
/// <param name="Lower">Lower Wilson bound.</param>
/// <param name="Upper">Upper Wilson bound.</param>
public sealed record Proportion(double? Estimate, double? Lower, double? Upper)
{
    /// <summary>The undefined share of an empty set of respondents.</summary>
    public static Proportion Undefined { get; } = new(null, null, null);
}

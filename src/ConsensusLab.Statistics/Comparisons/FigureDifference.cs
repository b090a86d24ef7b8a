namespace ConsensusLab.Statistics;

/// <summary>
/// The change of a figure from an earlier session to a later one, later minus earlier, with its interval and a
/// two-sample test for independent rooms. Null fields = not computable (a side without a figure, or no spread).
/// </summary>
/// <param name="From">The earlier session's code.</param>
/// <param name="To">The later session's code.</param>
/// <param name="Difference">Later minus earlier.</param>
/// <param name="Lower">Lower bound: Newcombe's hybrid score (share) or Welch's t (position).</param>
/// <param name="Upper">Upper bound, likewise.</param>
/// <param name="Statistic">The two-proportion z (pooled, on Kish's n_eff) or Welch's t.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite df for the t test; null for z.</param>
/// <param name="PValue">Two-sided p-value.</param>
public sealed record FigureDifference(string From, string To, double? Difference, double? Lower, double? Upper,
    double? Statistic, double? DegreesOfFreedom, double? PValue)
{
    /// <summary>Nothing to compare.</summary>
    public static FigureDifference Undefined(string from, string to) => new(from, to, null, null, null, null, null, null);
}

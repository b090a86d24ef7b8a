namespace ConsensusLab.Statistics;

/// <summary>
/// Whether the share in the top two points reaches each of the consensus thresholds common in Delphi studies: 70 %
/// (ConsensusLab's default rule), 75 % (the median threshold in Diamond et al.'s 2014 review, J. Clin. Epidemiol.
/// 67:401) and 80 %. Reported side by side so a reader can see how far the verdict depends on the threshold chosen.
/// </summary>
/// <param name="Reaches70">Top-two share ≥ 0.70.</param>
/// <param name="Reaches75">Top-two share ≥ 0.75.</param>
/// <param name="Reaches80">Top-two share ≥ 0.80.</param>
public sealed record TopTwoBox(bool Reaches70, bool Reaches75, bool Reaches80)
{
    /// <summary>The flags for a top-two share; null when the share is undefined.</summary>
    public static TopTwoBox? Of(double? share) => share is { } p
        ? new TopTwoBox(Reaches(p, 0.70), Reaches(p, 0.75), Reaches(p, 0.80))
        : null;

    // A share computed from weights can land a rounding error below a threshold it meets exactly (7 of 10).
    private static bool Reaches(double share, double threshold) => share >= threshold - 1e-12;
}

namespace ConsensusLab.Statistics;

/// <summary>How the groups compare with each other.</summary>
/// <param name="GroupInformedConsensus">Polis: product over the groups compared of (agree_g + 1)/(n_g + 2), agree_g =
/// respondents of g in the top two points (unweighted counts); Ordinal only, else null.</param>
/// <param name="MinimumAgree">Minimum over the groups compared of the group's share agreeing; Ordinal only.</param>
/// <param name="JensenShannonBits">Generalised JSD of the compared groups' display distributions, weighted by group
/// total weight (normalised), base 2; null with fewer than two groups compared.</param>
/// <param name="GroupsPresent">Groups with at least one respondent, whether shown or withheld.</param>
public sealed record CrossGroupMeter(
    double? GroupInformedConsensus,
    double? MinimumAgree,
    double? JensenShannonBits,
    int GroupsPresent)
{
    /// <summary>
    /// The Jensen–Shannon distance √JSD of the same distributions (a metric for two groups of equal weight), 0 .. √log2 G;
    /// null when the divergence is.
    /// </summary>
    public double? JensenShannonDistance => JensenShannonBits is { } bits ? Math.Sqrt(bits) : null;

    /// <summary>Groups present whose figures are withheld by the privacy threshold.</summary>
    public int GroupsSuppressed { get; init; }

    /// <summary>
    /// The groups the figures above (and the between-group tests and the verdict rule) compare: present, not withheld,
    /// and stakeholder groups ("Other / prefer not to say" only when the moderator weighs it as a group).
    /// </summary>
    public int GroupsCompared { get; init; }
}

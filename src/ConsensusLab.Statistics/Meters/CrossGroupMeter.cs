namespace ConsensusLab.Statistics;

/// <summary>How the groups present compare with each other.</summary>
/// <param name="GroupInformedConsensus">Polis: product over groups present of (agree_g + 1)/(n_g + 2), agree_g =
/// respondents of g in the top two points (unweighted counts); Ordinal only, else null.</param>
/// <param name="MinimumAgree">Minimum over present groups of the group's share agreeing; Ordinal only.</param>
/// <param name="JensenShannonBits">Generalised JSD of the present groups' display distributions, weighted by group
/// total weight (normalised), base 2; null with fewer than two groups present.</param>
/// <param name="GroupsPresent">Groups with at least one respondent.</param>
public sealed record CrossGroupMeter(
    double? GroupInformedConsensus,
    double? MinimumAgree,
    double? JensenShannonBits,
    int GroupsPresent);

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>The shares of agree, disagree and pass among those who voted on a statement, in one group or overall.</summary>
/// <param name="Group">The group code, or <see cref="GroupMeter.OverallGroup"/>.</param>
/// <param name="Counts">The raw counts (overall: summed over groups, unweighted).</param>
/// <param name="EffectiveN">Kish's effective n the Wilson intervals use; null when nobody voted or carries weight.</param>
/// <param name="Agree">Weighted agree share with its Wilson interval; undefined when nobody voted.</param>
/// <param name="Disagree">Weighted disagree share with its Wilson interval.</param>
/// <param name="Pass">Weighted pass share with its Wilson interval.</param>
public sealed record StatementShares(
    string Group,
    StatementCounts Counts,
    double? EffectiveN,
    Proportion Agree,
    Proportion Disagree,
    Proportion Pass);

using System.Collections.Immutable;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// One group's (or the room's) figures under one weighting, recomputed from the raw answers and respondent weights
/// (normalised to sum to n over the question's respondents). Null = not computable.
/// </summary>
/// <param name="Group">The group code, or "overall".</param>
/// <param name="Respondents">Respondents n (0 when withheld by the privacy threshold).</param>
/// <param name="TotalWeight">Σw of the group's respondents; n overall.</param>
/// <param name="EffectiveN">Kish's (Σw)²/Σw².</param>
/// <param name="DesignEffect">Kish's n / n_eff.</param>
public sealed record SurveyGroupFigures(string Group, int Respondents, double? TotalWeight, double? EffectiveN, double? DesignEffect)
{
    /// <summary>Withheld by the privacy threshold: every figure null.</summary>
    public bool Suppressed { get; init; }

    /// <summary>Likert: the share in the top two points with its SE, design effect and intervals.</summary>
    public SurveyShare? Agree { get; init; }

    /// <summary>Position: the weighted mean position with its linearisation SE and design effect.</summary>
    public SurveyEstimate? MeanPosition { get; init; }

    /// <summary>Position: mean, both variances, quartiles under a named rule and Esteban–Ray on individuals, from the exact positions.</summary>
    public ExactPositionSummary? ExactPosition { get; init; }

    /// <summary>Likert and position: unweighted quartiles of R types 2, 6 and 7 (the same under every weighting).</summary>
    public ImmutableArray<DelphiQuartiles> Quartiles { get; init; } = [];

    public static SurveyGroupFigures SuppressedFor(string group) => new(group, 0, null, null, null) { Suppressed = true };
}

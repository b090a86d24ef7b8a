using System.Collections.Immutable;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>A question round's figures recomputed from the raw answers under per-respondent weights.</summary>
/// <param name="Weightings">Equal footing, headcount, custom, then raked when the moderator asked for it and it could be done.</param>
/// <param name="KruskalWallis">Likert and position: Kruskal–Wallis on each respondent's exact answer over the groups compared (unweighted).</param>
/// <param name="Raking">How raking went; null when the moderator did not ask for it.</param>
public sealed record RoundSurvey(ImmutableArray<WeightingFigures> Weightings, ChiSquareTest? KruskalWallis, RakingOutcome? Raking)
{
    /// <summary>The ledger sequence of each answer counted, in the order of every weighting's weights; not part of summary.json.</summary>
    internal ImmutableArray<long> Sequences { get; init; } = [];
}

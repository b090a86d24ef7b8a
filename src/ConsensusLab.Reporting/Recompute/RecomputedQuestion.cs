using System.Collections.Immutable;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>A question's figures recomputed from the ledger: the meters under each scheme, and Kendall's W for rankings.</summary>
public sealed record RecomputedQuestion(string QuestionId, int Round, ImmutableArray<QuestionMeters> Meters, RankingConcordance? KendallW)
{
    /// <summary>The round's figures from the raw answers under per-respondent weights: SEs, intervals, exact positions and, when asked for, raking.</summary>
    public RoundSurvey? Survey { get; init; }
}

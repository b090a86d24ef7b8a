using System.Collections.Immutable;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>A question's figures in one round, from that round's current answers.</summary>
/// <param name="Round">The round.</param>
/// <param name="Meters">Equal footing, headcount and custom, in that order.</param>
public sealed record RoundMeters(int Round, ImmutableArray<QuestionMeters> Meters)
{
    /// <summary>The round's tally, for the respondent counts of distributions.csv; not part of summary.json.</summary>
    internal TallySnapshot? Tally { get; init; }

    /// <summary>The round's figures recomputed from the raw answers under per-respondent weights (SEs, intervals, exact positions, raking).</summary>
    public RoundSurvey? Survey { get; init; }
}

using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>One question's figures under each weighting scheme.</summary>
/// <param name="Id">The question id.</param>
/// <param name="Kind">The kind of question.</param>
/// <param name="Prompt">The question text.</param>
/// <param name="Options">Point labels, choices or items; empty for a position question.</param>
/// <param name="Axis">The position axis; null for other kinds.</param>
/// <param name="Round">The round <paramref name="Meters"/> describe: the latest round in the ledger (1 before any answer).</param>
/// <param name="Meters">The latest round's figures: equal footing, headcount and custom, in that order; each names its scheme.</param>
public sealed record QuestionSummary(
    string Id,
    QuestionKind Kind,
    string Prompt,
    ImmutableArray<string> Options,
    PositionAxis? Axis,
    int Round,
    ImmutableArray<QuestionMeters> Meters)
{
    /// <summary>Every round with answers, in order, the latest last (the same figures as <see cref="Meters"/>).</summary>
    public ImmutableArray<RoundMeters> Rounds { get; init; } = [];
}

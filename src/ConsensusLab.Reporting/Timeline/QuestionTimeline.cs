using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting;

/// <summary>How one figure of a question moved during one round, recomputed from the ledger.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Kind">Likert or position (the kinds with a timeline).</param>
/// <param name="Round">The round.</param>
/// <param name="Figure">Which figure the points carry.</param>
/// <param name="Changes">How many ledger entries changed the count in the round.</param>
/// <param name="Points">
/// The figure after each of those entries, in ledger order; beyond <see cref="TimelineCalculator.MaxPoints"/> changes,
/// after the last change within each of that many equal stretches of time (the final point is always the last change).
/// </param>
public sealed record QuestionTimeline(string QuestionId, QuestionKind Kind, int Round, TimelineFigure Figure, int Changes,
    ImmutableArray<TimelinePoint> Points);

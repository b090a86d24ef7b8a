using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>One group's (or the overall) figure in each session, and its change between consecutive sessions.</summary>
/// <param name="Group">The group code, or <see cref="GroupMeter.OverallGroup"/>.</param>
/// <param name="Sessions">One figure per session, in the order the sessions were given (date order).</param>
/// <param name="Differences">Session i + 1 minus session i, for each consecutive pair.</param>
public sealed record GroupTrend(string Group, ImmutableArray<SessionFigure> Sessions, ImmutableArray<FigureDifference> Differences);

using System.Collections.Immutable;
using Orleans;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>How much every declared stakeholder group agrees with a statement.</summary>
/// <param name="StatementId">The statement.</param>
/// <param name="GroupInformedConsensus">Weighted geometric mean over stakeholder groups of (agree + 1) / (voted + 2),
/// each group weighing its share of the session's weighting (equal footing: the same for every group).</param>
/// <param name="MinimumAgreeShare">The lowest agree share (agree / voted) over the weighted groups; null when one of
/// them has not voted on the statement.</param>
/// <param name="WeakestGroup">The group with that lowest share; null with it.</param>
/// <param name="Groups">Each stakeholder group's counts, by group code.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.BridgingStatement")]
public sealed record BridgingStatement(
    int StatementId,
    double GroupInformedConsensus,
    double? MinimumAgreeShare,
    string? WeakestGroup,
    ImmutableDictionary<string, StatementCounts> Groups);

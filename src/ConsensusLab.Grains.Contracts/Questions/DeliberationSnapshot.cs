using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics.Deliberation;
using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// A statements question now: its statements with their moderation, the live per-statement counts, and the opinion
/// groups and bridging statements of the last background recomputation.
/// </summary>
/// <param name="Moderation">Strict or permissive.</param>
/// <param name="Statements">Every statement, moderated or not, by id.</param>
/// <param name="Counts">Statement id → group code → counts of the current votes (cells with votes only).</param>
/// <param name="Version">The ledger sequence of the last vote counted.</param>
/// <param name="OpinionGroups">The opinion groups as last recomputed.</param>
/// <param name="Bridging">Statements by group-informed consensus over the declared stakeholder groups, on an equal footing.</param>
/// <param name="CrossTab">Opinion groups × stakeholder groups.</param>
/// <param name="AnalysedVersion">The version the opinion groups and bridging were computed at (0: never).</param>
/// <param name="AnalysedAt">When they were computed.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.DeliberationSnapshot")]
public sealed record DeliberationSnapshot(
    ModerationMode Moderation,
    ImmutableArray<Statement> Statements,
    ImmutableDictionary<int, ImmutableDictionary<string, StatementCounts>> Counts,
    long Version,
    OpinionGroupResult OpinionGroups,
    ImmutableArray<BridgingStatement> Bridging,
    ImmutableArray<OpinionGroupCrossTab> CrossTab,
    long AnalysedVersion,
    DateTimeOffset? AnalysedAt);

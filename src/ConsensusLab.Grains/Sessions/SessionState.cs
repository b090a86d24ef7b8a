using System.Collections.Immutable;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Grains.Sessions;

/// <summary>A session grain's persisted state; fields are only ever added (SchemaVersion says which).</summary>
public sealed record SessionState
{
    public int SchemaVersion { get; init; } = 2;
    public SessionDefinition? Definition { get; init; }
    public SessionStatus Status { get; init; }
    public WeightingScheme Weighting { get; init; } = WeightingScheme.EqualFooting;
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Added in schema 2.</summary>
    public SessionKeys? Keys { get; init; }

    /// <summary>Added in schema 2.</summary>
    public ImmutableArray<InviteCode> Invites { get; init; } = [];
}

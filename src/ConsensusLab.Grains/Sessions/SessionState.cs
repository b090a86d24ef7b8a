using System.Collections.Immutable;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Statistics;
using Orleans;

namespace ConsensusLab.Grains.Sessions;

/// <summary>A session grain's persisted state; fields are only ever added (SchemaVersion says which).</summary>
[GenerateSerializer, Alias("consensuslab.SessionState")]
internal sealed record SessionState
{
    [Id(0)] public int SchemaVersion { get; init; } = 6;
    [Id(1)] public SessionDefinition? Definition { get; init; }
    [Id(2)] public SessionStatus Status { get; init; }
    [Id(3)] public WeightingScheme Weighting { get; init; } = WeightingScheme.EqualFooting;
    [Id(4)] public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Added in schema 2.</summary>
    [Id(5)] public SessionKeys? Keys { get; init; }

    /// <summary>Added in schema 2.</summary>
    [Id(6)] public ImmutableArray<InviteCode> Invites { get; init; } = [];

    /// <summary>Added in schema 3: what the projector shows (a state of schema 2 reads as the automatic choice).</summary>
    [Id(7)] public ProjectorChoice Projector { get; init; } = ProjectorChoice.Automatic;

    /// <summary>Added in schema 4: how "Other / prefer not to say" is weighted (older states read the default).</summary>
    [Id(8)] public OtherGroupTreatment OtherGroup { get; init; } = OtherGroupTreatment.PooledAtHeadcount;

    /// <summary>Added in schema 5: confidence level, Delphi rule and Esteban–Ray α (older states read the defaults).</summary>
    [Id(9)] public MeterSettings Meters { get; init; } = MeterSettings.Default;

    /// <summary>Added in schema 6: raking of the respondent weights for the exports (older states read it off).</summary>
    [Id(10)] public RakingSettings Raking { get; init; } = RakingSettings.Off;

    /// <summary>The session as the grain hands it out; null before it is created.</summary>
    public SessionSnapshot? Snapshot(string code) => Definition is { } definition
        ? new SessionSnapshot(code, definition, Status, Weighting, CreatedAt, Keys, OtherGroup) { Projector = Projector, MeterSettings = Meters, Raking = Raking }
        : null;
}

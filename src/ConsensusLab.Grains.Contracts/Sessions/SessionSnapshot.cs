using System.Collections.Immutable;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Statistics;
using Orleans;

namespace ConsensusLab.Grains.Sessions;

/// <summary>A session as it is now. The definition has its defaults filled in (group catalogue, labels).</summary>
[GenerateSerializer, Immutable, Alias("consensuslab.SessionSnapshot")]
public sealed record SessionSnapshot(
    string Code,
    SessionDefinition Definition,
    SessionStatus Status,
    WeightingScheme Weighting,
    DateTimeOffset CreatedAt,
    SessionKeys? Keys,
    OtherGroupTreatment OtherGroup = OtherGroupTreatment.PooledAtHeadcount)
{
    /// <summary>The day LDC status is evaluated on.</summary>
    public DateOnly HeldOn => Definition.HeldOn ?? DateOnly.FromDateTime(CreatedAt.UtcDateTime);

    /// <summary>Whether participants' groups come from invite codes rather than self-declaration.</summary>
    public bool GroupsVerified => Definition.RequireInvites;

    public GroupMembership Membership => GroupsVerified ? GroupMembership.Verified : GroupMembership.SelfDeclared;

    /// <summary>What the moderator put on the projector.</summary>
    [Id(7)] public ProjectorChoice Projector { get; init; } = ProjectorChoice.Automatic;

    /// <summary>The moderator's confidence level, Delphi rule and Esteban–Ray α: every figure of the session uses them.</summary>
    [Id(8)] public MeterSettings MeterSettings { get; init; } = MeterSettings.Default;

    /// <summary>The moderator's raking of the respondent weights: the recomputed view and the exports carry raked figures when enabled.</summary>
    [Id(9)] public RakingSettings Raking { get; init; } = RakingSettings.Off;

    /// <summary>
    /// The groups that stand for "Other / prefer not to say" (the catalogue's OTHER and any group that rolls up to it),
    /// with the moderator's treatment: every weighting of the session's figures carries it.
    /// </summary>
    public OtherGroups OtherGroups => new(
        [.. Definition.Groups.Where(g => g.Code == StakeholderGroupCatalogue.Other.Code || g.RollUp == StakeholderGroupCatalogue.Other.Code)
            .Select(g => g.Code)],
        OtherGroup);
}

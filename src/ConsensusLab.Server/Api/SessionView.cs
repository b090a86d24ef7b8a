using System.Collections.Immutable;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Server.Api;

/// <summary>A session as moderators and participants see it; the view key (for the projector link) only for the moderator.</summary>
/// <param name="OtherGroup">How "Other / prefer not to say" enters the weighted figures (docs/statistics.md).</param>
/// <param name="OtherGroupCodes">The groups it applies to: the catalogue's OTHER and groups that roll up to it.</param>
public sealed record SessionView(
    string Code,
    string Title,
    string Description,
    SessionStatus Status,
    ImmutableArray<GroupView> Groups,
    ImmutableArray<QuestionView> Questions,
    WeightingScheme Weighting,
    int YoungUnderAge,
    DateOnly HeldOn,
    ImmutableArray<string> AgeBands,
    int Participants,
    string JoinUrl,
    string ModeratorUrl,
    int PrivacyThreshold,
    bool RequireInvites,
    string? ViewKey,
    OtherGroupTreatment OtherGroup,
    ImmutableArray<string> OtherGroupCodes)
{
    /// <summary>What the session's projectors show (the moderator steers it with PUT /api/sessions/{code}/projector).</summary>
    public ProjectorView? Projector { get; init; }

    /// <summary>The confidence level, Delphi rule and Esteban–Ray α of every figure (PUT /api/sessions/{code}/meter-settings).</summary>
    public MeterSettings MeterSettings { get; init; } = MeterSettings.Default;

    /// <summary>How the exports rake the respondent weights (PUT /api/sessions/{code}/raking).</summary>
    public RakingSettings Raking { get; init; } = RakingSettings.Off;

    /// <summary>The regional and gender codes raking's target shares are keyed by.</summary>
    public RakingCategoriesView RakingCategories { get; init; } = RakingCategoriesView.All;
}

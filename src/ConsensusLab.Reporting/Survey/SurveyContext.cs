using System.Collections.Immutable;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>What the survey figures of every question round share: the session's groups, participants and settings.</summary>
internal sealed record SurveyContext(
    ImmutableArray<StakeholderGroup> Groups,
    IReadOnlyDictionary<string, ParticipantProfile> Profiles,
    IReadOnlyList<Weighting> Schemes,
    OtherGroups Other,
    int PrivacyThreshold,
    MeterOptions Options,
    RakingSettings Raking)
{
    public static SurveyContext Of(SessionArchive archive)
    {
        var session = archive.Session;
        return new SurveyContext(session.Definition.Groups,
            archive.Participants.ToDictionary(p => p.Id, p => p.Profile, StringComparer.Ordinal),
            Weighting.Schemes(archive.GroupWeights, session.OtherGroups), session.OtherGroups,
            session.Definition.PrivacyThreshold, session.MeterSettings.ToOptions(), session.Raking);
    }

    /// <summary>What raking needs to know about the participant who gave an answer in <paramref name="group"/>.</summary>
    public RespondentProfile Respondent(string participantId, string group) => Profiles.TryGetValue(participantId, out var profile)
        ? new RespondentProfile(group, RespondentCategories.RegionOf(profile, Groups), RespondentCategories.GenderOf(profile))
        : new RespondentProfile(group, Domain.Countries.CountryCatalogue.NoRegionalGroup, RespondentCategories.GenderNotDeclared);
}

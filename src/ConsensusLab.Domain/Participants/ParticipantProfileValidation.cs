using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Domain.Participants;

/// <summary>Checks what a participant declared against the session's catalogue and the country table.</summary>
public static class ParticipantProfileValidation
{
    /// <summary>Why the profile cannot join, or null when it can.</summary>
    public static string? Problem(ParticipantProfile profile, IReadOnlyList<StakeholderGroup> groups)
    {
        if (!groups.Any(g => g.Code == profile.Group))
            return $"'{profile.Group}' is not a stakeholder group of this session; choose one of {string.Join(", ", groups.Select(g => g.Code))}.";
        if (profile.Country is null || !CountryCatalogue.Bundled.IsKnown(profile.Country))
            return $"'{profile.Country}' is not an ISO 3166-1 alpha-2 country code (use '{CountryCatalogue.NotListed}' for a country not listed).";
        if (!Enum.IsDefined(profile.Attendance))
            return "'attendance' must be onsite or online.";
        if (profile.Gender is { } gender && !Enum.IsDefined(gender))
            return "'gender' must be female, male, other or preferNotToSay.";
        if (profile.AgeBand is { } band && !AgeBands.IsKnown(band))
            return $"'{band}' is not an age band; choose one of {string.Join(", ", AgeBands.All.Select(b => b.Code))}.";
        return null;
    }
}

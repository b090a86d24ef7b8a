using System.Collections.Immutable;
using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Grains.Sessions;

/// <summary>
/// The categories a participant falls into for raking and the participation figures: the UN regional group (staff of
/// intergovernmental organisations under their own bucket, as IGF statistics count them) and the declared gender.
/// The moderator's target shares are keyed by these codes.
/// </summary>
public static class RespondentCategories
{
    /// <summary>The code of a participant who did not declare a gender.</summary>
    public const string GenderNotDeclared = "notDeclared";

    /// <summary>The regional buckets in report order: the five UN regional groups, then the IGO and no-group buckets.</summary>
    public static ImmutableArray<string> Regions { get; } =
    [
        .. CountryCatalogue.Bundled.All.Select(c => c.RegionalGroup).Where(g => g.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
        CountryCatalogue.IntergovernmentalOrganizations,
        CountryCatalogue.NoRegionalGroup,
    ];

    /// <summary>Gender codes as the API spells them (camelCase), then the code for "not declared".</summary>
    public static ImmutableArray<string> Genders { get; } =
        [.. Enum.GetValues<Gender>().Select(GenderCode), GenderNotDeclared];

    /// <summary>The participant's regional bucket.</summary>
    public static string RegionOf(ParticipantProfile profile, IReadOnlyList<StakeholderGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return IsIntergovernmental(profile.Group, groups)
            ? CountryCatalogue.IntergovernmentalOrganizations
            : CountryCatalogue.Bundled.RegionalGroupOf(profile.Country);
    }

    /// <summary>The participant's gender code.</summary>
    public static string GenderOf(ParticipantProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Gender is { } gender ? GenderCode(gender) : GenderNotDeclared;
    }

    private static string GenderCode(Gender gender) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(gender.ToString());

    // A session may rename its groups; the roll-up says which one is the IGF's IGO group.
    private static bool IsIntergovernmental(string groupCode, IReadOnlyList<StakeholderGroup> groups) =>
        (groups.FirstOrDefault(g => g.Code == groupCode)?.RollUp ?? groupCode)
            == StakeholderGroupCatalogue.IntergovernmentalOrganization.Code;
}

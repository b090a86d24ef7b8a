using System.Collections.Immutable;
using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Reporting;

/// <summary>
/// A participant's regional bucket as IGF statistics count it: staff of intergovernmental organisations under
/// "Intergovernmental Organizations" whatever their country, everyone else under their country's UN regional group.
/// </summary>
internal static class RegionalGrouping
{
    /// <summary>The buckets in report order: the five UN regional groups, then the IGO and no-group buckets.</summary>
    public static ImmutableArray<string> Buckets { get; } =
    [
        .. CountryCatalogue.Bundled.All.Select(c => c.RegionalGroup).Where(g => g.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
        CountryCatalogue.IntergovernmentalOrganizations,
        CountryCatalogue.NoRegionalGroup,
    ];

    public static string Of(ParticipantProfile profile, IReadOnlyList<StakeholderGroup> groups) =>
        IsIntergovernmental(profile.Group, groups)
            ? CountryCatalogue.IntergovernmentalOrganizations
            : CountryCatalogue.Bundled.RegionalGroupOf(profile.Country);

    // A session may rename its groups; the roll-up says which one is the IGF's IGO group.
    private static bool IsIntergovernmental(string groupCode, IReadOnlyList<StakeholderGroup> groups) =>
        (groups.FirstOrDefault(g => g.Code == groupCode)?.RollUp ?? groupCode)
            == StakeholderGroupCatalogue.IntergovernmentalOrganization.Code;
}

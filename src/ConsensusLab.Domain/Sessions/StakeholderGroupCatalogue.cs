using System.Collections.Immutable;

namespace ConsensusLab.Domain.Sessions;

/// <summary>The IGF's stakeholder groups, the default catalogue of every session.</summary>
public static class StakeholderGroupCatalogue
{
    public static StakeholderGroup Government { get; } = new("GOV", "Government",
        "National or sub-national public authorities: ministries, regulators, agencies, delegations.", "GOV");

    public static StakeholderGroup IntergovernmentalOrganization { get; } = new("IGO", "Intergovernmental Organization",
        "Staff of organisations whose members are States: UN bodies, ITU, UNESCO, OECD, regional economic communities.", "IGO");

    public static StakeholderGroup PrivateSector { get; } = new("PS", "Private Sector",
        "Companies, business associations, chambers of commerce, operators, platforms.", "PS");

    public static StakeholderGroup CivilSociety { get; } = new("CS", "Civil Society",
        "NGOs, advocacy groups, user communities, individuals in a public-interest capacity.", "CS");

    public static StakeholderGroup TechnicalCommunity { get; } = new("TC", "Technical Community",
        "Bodies that develop or run the Internet's infrastructure and standards: IETF, RIRs, ISOC chapters, CERTs, ccTLD operators.", "TC");

    /// <summary>Optional sixth group; when a session leaves it out, academics declare Civil Society.</summary>
    public static StakeholderGroup Academia { get; } = new("ACA", "Academia",
        "Universities and research institutes.", "CS");

    /// <summary>Always offered, so nobody has to pick a group that is not theirs.</summary>
    public static StakeholderGroup Other { get; } = new("OTHER", "Other / prefer not to say",
        "Anyone who does not fit the groups above, or prefers not to say.", "OTHER");

    /// <summary>The IGF's five groups, in the order forum reports list them.</summary>
    public static ImmutableArray<StakeholderGroup> IgfFive { get; } =
        [Government, IntergovernmentalOrganization, PrivateSector, CivilSociety, TechnicalCommunity];

    /// <summary>The default catalogue: the IGF's five, Academia when the session asks for it, and Other.</summary>
    public static ImmutableArray<StakeholderGroup> Default(bool includeAcademia) =>
        (includeAcademia ? IgfFive.Add(Academia) : IgfFive).Add(Other);
}

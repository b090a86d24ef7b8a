using System.Collections.Immutable;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Reporting;

/// <summary>
/// A participant's regional bucket as IGF statistics count it: staff of intergovernmental organisations under
/// "Intergovernmental Organizations" whatever their country, everyone else under their country's UN regional group.
/// The same buckets raking balances (<see cref="RespondentCategories"/>).
/// </summary>
internal static class RegionalGrouping
{
    /// <summary>The buckets in report order: the five UN regional groups, then the IGO and no-group buckets.</summary>
    public static ImmutableArray<string> Buckets => RespondentCategories.Regions;

    public static string Of(ParticipantProfile profile, IReadOnlyList<StakeholderGroup> groups) =>
        RespondentCategories.RegionOf(profile, groups);
}

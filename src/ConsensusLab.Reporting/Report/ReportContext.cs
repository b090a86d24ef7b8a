using ConsensusLab.Domain.Sessions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>What every part of a report needs: its words, the session, and how groups are named and compared.</summary>
internal sealed record ReportContext(ReportText Text, SessionArchive Archive)
{
    /// <summary>The scheme the session's figures are shown under, as on the room's cards.</summary>
    public WeightingScheme Scheme => Archive.Session.Weighting;

    public int PrivacyThreshold => Archive.Session.Definition.PrivacyThreshold;

    public bool IsStakeholderGroup(string code) => Archive.Session.OtherGroups.IsStakeholderGroup(code);

    /// <summary>
    /// A group of the default catalogue under its default name reads in the report's language; a group the moderator
    /// named is the moderator's text (the rule of the pages' labels.js).
    /// </summary>
    public string GroupName(string code)
    {
        var group = Archive.Session.Definition.Groups.FirstOrDefault(g => g.Code == code);
        var standard = StakeholderGroupCatalogue.Default(includeAcademia: true).FirstOrDefault(g => g.Code == code);
        if (standard is not null && (group is null || group.Name == standard.Name) && Text.Has($"group.{code}"))
            return ReportFormat.Encode(Text[$"group.{code}"]);
        return ReportFormat.User(group?.Name ?? code);
    }

    public string SchemeName(WeightingScheme scheme) => ReportFormat.Encode(Text[$"scheme.{ReportNames.Of(scheme)}"]);
}

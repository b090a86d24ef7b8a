namespace ConsensusLab.Statistics;

/// <summary>
/// What raking needs to know about one respondent. Every attribute is a code; a respondent who did not declare one
/// carries the event's code for that ("OTHER" for the group, an "undeclared" code for gender), so that raking sees
/// them as a category of their own instead of silently dropping them.
/// </summary>
/// <param name="Group">Stakeholder group code (GOV, IGO, PS, CS, TC, ...).</param>
/// <param name="RegionalGroup">UN regional group (African, Asia-Pacific, Eastern European, GRULAC, WEOG, or the IGO bucket).</param>
/// <param name="Gender">Gender code as the event collects it.</param>
public sealed record RespondentProfile(string Group, string RegionalGroup, string Gender)
{
    /// <summary>The respondent's code for one attribute.</summary>
    public string Category(RespondentTrait attribute) => attribute switch
    {
        RespondentTrait.Group => Group,
        RespondentTrait.RegionalGroup => RegionalGroup,
        RespondentTrait.Gender => Gender,
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "Unknown respondent attribute."),
    };
}

namespace ConsensusLab.Statistics;

/// <summary>
/// How respondents of "Other / prefer not to say" enter the figures. They are not a stakeholder group the way the
/// others are (anyone who did not say), so under equal footing eight of them should not weigh as much as fifty
/// members of civil society unless the moderator says so.
/// </summary>
public enum OtherGroupTreatment
{
    /// <summary>
    /// The default: under equal footing each counts once, as under headcount, and the stakeholder groups share the rest
    /// of the weight equally; the group is left out of the comparisons between groups.
    /// </summary>
    PooledAtHeadcount,

    /// <summary>A stakeholder group like the others: under equal footing it carries a group's share.</summary>
    AsGroup,

    /// <summary>Under equal footing it carries no weight (its own row still shows); left out of the comparisons between groups.</summary>
    Excluded,
}

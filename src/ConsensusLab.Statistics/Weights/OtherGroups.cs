using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>Which groups of a session stand for "Other / prefer not to say", and how they enter the figures.</summary>
/// <param name="Codes">The codes of those groups (the default catalogue's OTHER, or groups that roll up to it).</param>
/// <param name="Treatment">How they are weighted under equal footing and whether they are compared as a group.</param>
public sealed record OtherGroups(ImmutableHashSet<string> Codes, OtherGroupTreatment Treatment)
{
    /// <summary>No such group: every group is a stakeholder group.</summary>
    public static OtherGroups None { get; } = new([], OtherGroupTreatment.AsGroup);

    /// <summary>Whether a group's answers are compared with the other groups' (cross-group figures, tests, the verdict rule).</summary>
    public bool IsStakeholderGroup(string code) => Treatment == OtherGroupTreatment.AsGroup || !Codes.Contains(code);
}

namespace ConsensusLab.Reporting;

/// <summary>Participants in one category of a breakdown (a stakeholder group, a regional group).</summary>
/// <param name="Code">The category's code: the group code, or the regional group's name.</param>
/// <param name="Name">The category's name.</param>
/// <param name="Count">Participants in the category.</param>
/// <param name="Basis">Participants counted in the breakdown.</param>
public sealed record CategoryCount(string Code, string Name, int Count, int Basis)
{
    /// <summary>Count / Basis; null when the breakdown is empty.</summary>
    public double? Share => Basis == 0 ? null : (double)Count / Basis;
}

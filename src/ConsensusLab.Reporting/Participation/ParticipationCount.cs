namespace ConsensusLab.Reporting;

/// <summary>A participation figure with its basis, as forum reports should show it ("22 of 57 who declared").</summary>
/// <param name="Count">Participants in the category.</param>
/// <param name="Basis">Participants who declared the attribute the category belongs to.</param>
public sealed record ParticipationCount(int Count, int Basis)
{
    /// <summary>Count / Basis; null when nobody declared the attribute.</summary>
    public double? Share => Basis == 0 ? null : (double)Count / Basis;
}

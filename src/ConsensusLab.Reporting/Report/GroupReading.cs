namespace ConsensusLab.Reporting;

/// <summary>The plain-language reading of a question's group figures.</summary>
/// <param name="Kind">What the figures say.</param>
/// <param name="GroupsCompared">Groups the reading compares: with respondents, not withheld, stakeholder groups.</param>
/// <param name="Leaning">Groups that agree (or lean the way most do); for <see cref="ReadingKind.Mixed"/> the count said.</param>
/// <param name="First">For <see cref="ReadingKind.Split"/>: the group agreeing most (or furthest left); otherwise null.</param>
/// <param name="Second">For <see cref="ReadingKind.Split"/>: the group disagreeing most (or furthest right); otherwise null.</param>
/// <param name="Polarized">The room's answers gather at both ends (Esteban–Ray at or above <see cref="ReadingRules.Polarized"/>).</param>
public sealed record GroupReading(ReadingKind Kind, int GroupsCompared, int Leaning, string? First, string? Second, bool Polarized);

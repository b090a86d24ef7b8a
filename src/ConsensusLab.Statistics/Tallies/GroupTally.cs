using System.Collections.Immutable;
using Orleans;

namespace ConsensusLab.Statistics;

/// <summary>One stakeholder group's part of a tally: respondents and integer counts per cell.</summary>
/// <param name="Group">The group code.</param>
/// <param name="Respondents">Number of respondents in the group.</param>
/// <param name="Cells">Counts per cell, <see cref="Scale.CellCount"/> long.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.GroupTally")]
public sealed record GroupTally(string Group, long Respondents, ImmutableArray<long> Cells);

using System.Collections.Immutable;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>How each stakeholder group answered in one round: what participants see before answering again.</summary>
/// <param name="Round">The round.</param>
/// <param name="Overall">Everyone, groups on an equal footing.</param>
/// <param name="Groups">Each group (groups below the privacy threshold are withheld).</param>
public sealed record RoundDistribution(int Round, GroupMeter Overall, ImmutableArray<GroupMeter> Groups);

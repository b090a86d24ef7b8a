using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>Every live figure of one question under one weighting, stamped with the tally's version.</summary>
/// <param name="Version">The tally snapshot's version.</param>
/// <param name="Scheme">The weighting scheme the overall figures use.</param>
/// <param name="Overall">All groups together.</param>
/// <param name="Groups">Each group, in the tally's order, with its own unweighted figures.</param>
/// <param name="CrossGroup">How the groups compare.</param>
public sealed record QuestionMeters(long Version, WeightingScheme Scheme, GroupMeter Overall,
    ImmutableArray<GroupMeter> Groups, CrossGroupMeter CrossGroup)
{
    /// <summary>Chi-square independence, Cramér's V and Kruskal–Wallis across groups; null on meters built without it.</summary>
    public BetweenGroups? BetweenGroups { get; init; }

    /// <summary>Ordinal only: the verdict the card shows and the rule that decided it; null for other kinds.</summary>
    public ConsensusDecision? Consensus { get; init; }
}

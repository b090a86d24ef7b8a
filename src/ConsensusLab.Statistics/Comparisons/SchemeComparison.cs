using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>The comparison under one weighting scheme: the overall figures depend on it, the groups' do not.</summary>
/// <param name="Scheme">The scheme; each session applies it with its own custom weights and "Other" treatment.</param>
/// <param name="Overall">All groups together, weighted by the scheme.</param>
/// <param name="Groups">Each group present in any session, in the order the sessions first name them.</param>
public sealed record SchemeComparison(WeightingScheme Scheme, GroupTrend Overall, ImmutableArray<GroupTrend> Groups);

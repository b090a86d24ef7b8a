namespace ConsensusLab.Statistics;

/// <summary>Tests of whether the stakeholder groups answer alike (unweighted counts).</summary>
/// <param name="Independence">Pearson's chi-square of group × display category, with Cramér's V; null for multiple
/// choice (a respondent may tick several options) or with fewer than two groups or categories in use.</param>
/// <param name="KruskalWallis">Kruskal–Wallis H with tie correction; Ordinal and Position only.</param>
public sealed record BetweenGroups(IndependenceTest? Independence, ChiSquareTest? KruskalWallis);

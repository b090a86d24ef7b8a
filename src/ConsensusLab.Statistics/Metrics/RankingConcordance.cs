namespace ConsensusLab.Statistics;

/// <summary>Kendall's coefficient of concordance among respondents ranking the same items.</summary>
/// <param name="W">Kendall's W (tie-corrected), 0 = no agreement on the order .. 1 = everyone gives the same ranking.</param>
/// <param name="Test">Significance: m(k − 1)W on k − 1 degrees of freedom (Friedman's statistic).</param>
/// <param name="Raters">m, the number of rankings (Kish's effective n when weighted).</param>
public sealed record RankingConcordance(double W, ChiSquareTest Test, double Raters);

using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>Kendall's coefficient of concordance among respondents ranking the same items.</summary>
/// <param name="W">Kendall's W (tie-corrected), 0 = no agreement on the order .. 1 = everyone gives the same ranking.</param>
/// <param name="Test">Significance: m(k − 1)W on k − 1 degrees of freedom (Friedman's statistic).</param>
/// <param name="Raters">m, the number of rankings (Kish's effective n when weighted).</param>
public sealed record RankingConcordance(double W, ChiSquareTest Test, double Raters)
{
    /// <summary>
    /// W without Kendall's tie correction, 12S / (m²(k³ − k)): what W would be if ties were strict orders. Equal to
    /// <see cref="W"/> for strict rankings (every tallied ranking); lower when raters tied items.
    /// </summary>
    public double UncorrectedW { get; init; }

    /// <summary>R_i, the sum of the ranks given to item i (m times its mean rank; weighted with weights), in item order.</summary>
    public ImmutableArray<double> RankSums { get; init; } = [];

    /// <summary>k, the number of items ranked.</summary>
    public int Items => RankSums.Length;
}

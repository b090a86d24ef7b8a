using MathNet.Numerics;

namespace ConsensusLab.Statistics;

/// <summary>A statistic referred to the chi-square distribution.</summary>
/// <param name="Statistic">The test statistic.</param>
/// <param name="DegreesOfFreedom">Degrees of freedom, at least 1.</param>
/// <param name="PValue">Upper-tail probability P(χ²_df ≥ statistic).</param>
public sealed record ChiSquareTest(double Statistic, int DegreesOfFreedom, double PValue)
{
    /// <summary>The test for a statistic and its degrees of freedom.</summary>
    public static ChiSquareTest Of(double statistic, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        var x = Math.Max(0.0, statistic);

        // The regularised upper incomplete gamma keeps tiny p-values that 1 − CDF would round to zero.
        return new ChiSquareTest(x, degreesOfFreedom, SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, x / 2.0));
    }
}

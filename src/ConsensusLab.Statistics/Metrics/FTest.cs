using MathNet.Numerics;

namespace ConsensusLab.Statistics;

/// <summary>A statistic referred to the F distribution; the degrees of freedom need not be whole (Satterthwaite).</summary>
/// <param name="Statistic">The test statistic.</param>
/// <param name="NumeratorDegreesOfFreedom">Numerator degrees of freedom, positive.</param>
/// <param name="DenominatorDegreesOfFreedom">Denominator degrees of freedom, positive.</param>
/// <param name="PValue">Upper-tail probability P(F ≥ statistic).</param>
public sealed record FTest(double Statistic, double NumeratorDegreesOfFreedom, double DenominatorDegreesOfFreedom, double PValue)
{
    /// <summary>The test for a statistic and its degrees of freedom.</summary>
    public static FTest Of(double statistic, double numerator, double denominator)
    {
        if (!(numerator > 0 && denominator > 0) || double.IsInfinity(numerator) || double.IsInfinity(denominator))
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), $"Degrees of freedom {numerator} and {denominator} must be positive and finite.");
        }

        var f = Math.Max(0.0, statistic);

        // P(F ≥ f) = I_x(d2/2, d1/2) at x = d2/(d2 + d1 f): the regularised incomplete beta keeps tiny p-values.
        var x = denominator / (denominator + (numerator * f));
        return new FTest(f, numerator, denominator, SpecialFunctions.BetaRegularized(denominator / 2, numerator / 2, x));
    }
}

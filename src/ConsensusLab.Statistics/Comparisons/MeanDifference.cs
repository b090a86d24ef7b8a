using MathNet.Numerics.Distributions;

namespace ConsensusLab.Statistics;

/// <summary>
/// The change in a weighted mean between two independent rooms: Welch's t on the linearisation SEs, with
/// Welch–Satterthwaite degrees of freedom (n counting respondents with positive weight). With equal weights it is
/// Welch's unequal-variance t test (scipy's ttest_ind(equal_var=False)).
/// </summary>
public static class MeanDifference
{
    /// <summary>
    /// d = m₂ − m₁, SE = √(SE₁² + SE₂²), df = SE⁴ / (SE₁⁴/(n₁ − 1) + SE₂⁴/(n₂ − 1)), t = d/SE, interval d ± t_{df}·SE.
    /// Without an SE on either side (one respondent) the difference is kept and the rest is undefined; with SE 0 on
    /// both sides (every answer identical) there is no spread to test.
    /// </summary>
    public static FigureDifference Between(SessionFigure earlier, SessionFigure later, double confidence)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        if (earlier.Estimate is not { } m1 || later.Estimate is not { } m2)
        {
            return FigureDifference.Undefined(earlier.Session, later.Session);
        }

        var d = m2 - m1;
        if (earlier.StandardError is not { } se1 || later.StandardError is not { } se2 || se1 + se2 <= 0)
        {
            return FigureDifference.Undefined(earlier.Session, later.Session) with { Difference = d };
        }

        var v1 = se1 * se1;
        var v2 = se2 * se2;
        var se = Math.Sqrt(v1 + v2);
        var df = Square(v1 + v2) / ((Square(v1) / (earlier.Respondents - 1)) + (Square(v2) / (later.Respondents - 1)));
        var t = d / se;
        var half = Quantile(confidence, df) * se;
        return new FigureDifference(earlier.Session, later.Session, d, d - half, d + half, t, df, 2 * StudentT.CDF(0, 1, df, -Math.Abs(t)));
    }

    /// <summary>The two-sided t quantile for a confidence level on <paramref name="degreesOfFreedom"/>.</summary>
    internal static double Quantile(double confidence, double degreesOfFreedom)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie strictly between 0 and 1.");
        }

        return StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - confidence) / 2));
    }

    private static double Square(double x) => x * x;
}

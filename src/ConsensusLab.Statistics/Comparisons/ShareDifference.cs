using MathNet.Numerics.Distributions;

namespace ConsensusLab.Statistics;

/// <summary>
/// The change in a share agreeing between two independent rooms, each share with its Wilson interval on Kish's
/// effective n (the live meters' interval): Newcombe's (1998) hybrid score interval for the difference and the pooled
/// two-proportion z test, both on the effective n. Within a group (equal weights) they are the textbook methods.
/// </summary>
public static class ShareDifference
{
    /// <summary>
    /// d = p₂ − p₁; lower = d − √((p₂ − l₂)² + (u₁ − p₁)²), upper = d + √((u₂ − p₂)² + (p₁ − l₁)²) (Newcombe's method 10);
    /// z = d / √(p̄(1 − p̄)(1/n₁ + 1/n₂)) with p̄ = (n₁p₁ + n₂p₂)/(n₁ + n₂). The interval's level is that of the Wilson
    /// bounds given. z is undefined when p̄ is 0 or 1 (both rooms unanimous the same way).
    /// </summary>
    public static FigureDifference Between(SessionFigure earlier, SessionFigure later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        if (earlier is not { Estimate: { } p1, Lower: { } l1, Upper: { } u1, EffectiveN: { } n1 }
            || later is not { Estimate: { } p2, Lower: { } l2, Upper: { } u2, EffectiveN: { } n2 })
        {
            return FigureDifference.Undefined(earlier.Session, later.Session);
        }

        var d = p2 - p1;
        var lower = d - Math.Sqrt(Square(p2 - l2) + Square(u1 - p1));
        var upper = d + Math.Sqrt(Square(u2 - p2) + Square(p1 - l1));
        var pooled = ((n1 * p1) + (n2 * p2)) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * ((1 / n1) + (1 / n2)));
        double? z = se > 0 ? d / se : null;
        double? p = z is { } value ? 2 * Normal.CDF(0, 1, -Math.Abs(value)) : null;
        return new FigureDifference(earlier.Session, later.Session, d, Math.Max(-1, lower), Math.Min(1, upper), z, null, p);
    }

    private static double Square(double x) => x * x;
}

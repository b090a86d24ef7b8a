using MathNet.Numerics.Distributions;

namespace ConsensusLab.Statistics;

/// <summary>McNemar's test of a paired change in a yes/no answer (here: agree in round 1 vs round 2).</summary>
/// <param name="YesToNo">Pairs that agreed before and not after (b).</param>
/// <param name="NoToYes">Pairs that did not agree before and did after (c).</param>
/// <param name="ChiSquare">(b − c)² / (b + c), without continuity correction; null when b + c = 0.</param>
/// <param name="PValue">Two-sided p: exact binomial when b + c ≤ <see cref="ExactLimit"/>, else from χ²₁.</param>
/// <param name="Exact">Whether the p-value is the exact binomial one.</param>
public sealed record McNemarTest(long YesToNo, long NoToYes, double? ChiSquare, double PValue, bool Exact)
{
    /// <summary>Up to this many discordant pairs the exact binomial p-value is used (a common rule of thumb).</summary>
    public const long ExactLimit = 25;

    /// <summary>The test from the two discordant counts; concordant pairs carry no information about change.</summary>
    public static McNemarTest Of(long yesToNo, long noToYes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yesToNo);
        ArgumentOutOfRangeException.ThrowIfNegative(noToYes);
        var discordant = yesToNo + noToYes;
        if (discordant == 0)
        {
            return new McNemarTest(yesToNo, noToYes, null, 1.0, true);
        }

        double difference = yesToNo - noToYes;
        var chiSquare = difference * difference / discordant;
        if (discordant <= ExactLimit)
        {
            // Two-sided exact: twice the smaller tail of Binomial(b + c, ½), capped at 1.
            var tail = Binomial.CDF(0.5, (int)discordant, Math.Min(yesToNo, noToYes));
            return new McNemarTest(yesToNo, noToYes, chiSquare, Math.Min(1.0, 2 * tail), true);
        }

        return new McNemarTest(yesToNo, noToYes, chiSquare, ChiSquareTest.Of(chiSquare, 1).PValue, false);
    }
}

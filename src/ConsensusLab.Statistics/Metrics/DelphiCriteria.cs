namespace ConsensusLab.Statistics;

/// <summary>
/// The Delphi consensus rule: the interquartile range is at most <see cref="MaximumInterquartileRange"/> and the
/// top-two (or bottom-two) share reaches <see cref="AgreeThreshold"/>. Common practice (von der Gracht 2012) takes
/// IQR ≤ 1 on a 5-point scale; by default the limit is a quarter of the scale's width, (k − 1)/4, which is 1 on a
/// 5-point scale and 1.5 on a 7-point scale.
/// </summary>
/// <param name="AgreeThreshold">Share in the top (or bottom) two points needed, 0..1; 0.70 by default.</param>
/// <param name="MaximumInterquartileRange">Largest IQR, in scale points, that counts as concentrated; null = (k − 1)/4.</param>
public sealed record DelphiCriteria(double AgreeThreshold = 0.70, double? MaximumInterquartileRange = null)
{
    /// <summary>Share 0.70 and IQR ≤ (k − 1)/4.</summary>
    public static DelphiCriteria Default { get; } = new();

    /// <summary>The IQR limit for a scale of <paramref name="points"/> points.</summary>
    public double InterquartileLimit(int points) => MaximumInterquartileRange ?? ((points - 1) / 4.0);

    /// <summary>The IQR half of the rule: whether an IQR (in scale points) is within the limit for the scale.</summary>
    public bool IsConcentrated(int points, double interquartileRange) =>
        // Rounding must not turn an IQR of exactly the limit into a miss.
        interquartileRange <= InterquartileLimit(points) + 1e-9;

    /// <summary>The verdict from a question's (or group's) IQR and agree/disagree shares; undefined without data.</summary>
    public ConsensusVerdict Verdict(int points, double? interquartileRange, double? agree, double? disagree)
    {
        if (interquartileRange is not { } iqr || agree is not { } a || disagree is not { } d)
        {
            return ConsensusVerdict.Undefined;
        }

        var concentrated = IsConcentrated(points, iqr);
        if (concentrated && a >= AgreeThreshold - 1e-12)
        {
            return ConsensusVerdict.ConsensusFor;
        }

        return concentrated && d >= AgreeThreshold - 1e-12 ? ConsensusVerdict.ConsensusAgainst : ConsensusVerdict.NoConsensus;
    }
}

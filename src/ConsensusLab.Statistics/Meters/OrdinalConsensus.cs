namespace ConsensusLab.Statistics;

/// <summary>Consensus figures of an ordinal (Likert) question, for one group or overall.</summary>
/// <param name="TastleWierman">Tastle and Wierman's Cns, 0 (split between the extremes) .. 1 (everyone alike).</param>
/// <param name="VanDerEijk">Van der Eijk's agreement A, −1 (polarised) .. 0 (uniform) .. 1 (everyone alike).</param>
/// <param name="LeikDispersion">Leik's ordinal dispersion D, 0 (everyone alike) .. 1 (split between the extremes).</param>
/// <param name="Median">Weighted median on the 1..k point scale (type 7, see <see cref="WeightedQuantile"/>).</param>
/// <param name="LowerQuartile">Weighted first quartile, 1..k.</param>
/// <param name="UpperQuartile">Weighted third quartile, 1..k.</param>
/// <param name="InterquartileRange">UpperQuartile − LowerQuartile, in scale points.</param>
/// <param name="Verdict">The Delphi verdict (<see cref="DelphiCriteria"/>).</param>
public sealed record OrdinalConsensus(
    double? TastleWierman,
    double? VanDerEijk,
    double? LeikDispersion,
    double? Median,
    double? LowerQuartile,
    double? UpperQuartile,
    double? InterquartileRange,
    ConsensusVerdict Verdict)
{
    /// <summary>Tastle and Wierman's dissention, 1 − Cns: 0 (everyone alike) .. 1 (split between the extremes).</summary>
    public double? Dissention => 1 - TastleWierman;

    /// <summary>Tastle and Wierman's strength of consensus towards "strongly agree" (τ = k), 0 .. 1.</summary>
    public double? StrengthFor { get; init; }

    /// <summary>Tastle and Wierman's strength of consensus towards "strongly disagree" (τ = 1), 0 .. 1.</summary>
    public double? StrengthAgainst { get; init; }

    /// <summary>Whether the top-two share reaches 0.70, 0.75 and 0.80; null when the share is undefined.</summary>
    public TopTwoBox? TopTwoBox { get; init; }
}

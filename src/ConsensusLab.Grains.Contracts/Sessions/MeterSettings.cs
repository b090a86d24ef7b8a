using System.Globalization;
using ConsensusLab.Statistics;
using Orleans;

namespace ConsensusLab.Grains.Sessions;

/// <summary>
/// The moderator's parameters of every figure the session serves or exports: part of the session's persisted state,
/// so the live meters, the meters endpoint, round distributions, the recomputed view and the exports all read the same.
/// </summary>
/// <param name="Confidence">Confidence level of the intervals, in (0.5, 0.999]; 0.95 by default.</param>
/// <param name="DelphiAgreeShare">Delphi rule: the top-two (or bottom-two) share needed, in [0.5, 1]; 0.70 by default.</param>
/// <param name="DelphiMaximumInterquartileRange">Delphi rule: the largest IQR, in scale points, ≥ 0; null = (k − 1)/4.</param>
/// <param name="EstebanRayAlpha">Esteban–Ray sensitivity α, in [0, 1.6]; 1.3 by default.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.MeterSettings")]
public sealed record MeterSettings(
    double Confidence = 0.95,
    double DelphiAgreeShare = 0.70,
    double? DelphiMaximumInterquartileRange = null,
    double EstebanRayAlpha = EstebanRay.DefaultAlpha)
{
    public const double MinConfidence = 0.5;
    public const double MaxConfidence = 0.999;
    public const double MinAgreeShare = 0.5;

    /// <summary>
    /// Esteban and Ray (1994) derive their measure for α up to about 1.6, and <see cref="EstebanRay.Polarization"/>
    /// refuses more: a larger α would be accepted here and then fail every meter.
    /// </summary>
    public const double MaxAlpha = 1.6;

    /// <summary>The settings of a session whose moderator has set none: the documented defaults.</summary>
    public static MeterSettings Default { get; } = new();

    /// <summary>The settings as the statistics library takes them.</summary>
    public MeterOptions ToOptions() => new(Confidence, new DelphiCriteria(DelphiAgreeShare, DelphiMaximumInterquartileRange), EstebanRayAlpha);

    /// <summary>What is wrong with the settings, one sentence each; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        // Written so that NaN fails every test: a comparison with NaN is false.
        if (!(Confidence > MinConfidence && Confidence <= MaxConfidence))
            problems.Add(Invariant($"'confidence' must lie in ({MinConfidence}, {MaxConfidence}]; it is {Confidence}."));
        if (!(DelphiAgreeShare >= MinAgreeShare && DelphiAgreeShare <= 1))
            problems.Add(Invariant($"'delphiAgreeShare' must lie in [{MinAgreeShare}, 1]; it is {DelphiAgreeShare}."));
        if (DelphiMaximumInterquartileRange is { } iqr && !(iqr >= 0 && double.IsFinite(iqr)))
            problems.Add(Invariant($"'delphiMaximumInterquartileRange' must be a number ≥ 0 (or null for (k − 1)/4); it is {iqr}."));
        if (!(EstebanRayAlpha >= 0 && EstebanRayAlpha <= MaxAlpha))
            problems.Add(Invariant($"'estebanRayAlpha' must lie in [0, {MaxAlpha}]; it is {EstebanRayAlpha}."));
        return problems;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Server.Api;

/// <summary>
/// The moderator's meter settings. The request replaces them all, so a value left out takes its default: an empty
/// body restores the documented defaults.
/// </summary>
public sealed record MeterSettingsRequest(double? Confidence, double? DelphiAgreeShare, double? DelphiMaximumInterquartileRange,
    double? EstebanRayAlpha)
{
    /// <summary>The settings, validated by the session grain.</summary>
    public MeterSettings ToSettings() => new(
        Confidence ?? MeterSettings.Default.Confidence,
        DelphiAgreeShare ?? MeterSettings.Default.DelphiAgreeShare,
        DelphiMaximumInterquartileRange,
        EstebanRayAlpha ?? MeterSettings.Default.EstebanRayAlpha);
}

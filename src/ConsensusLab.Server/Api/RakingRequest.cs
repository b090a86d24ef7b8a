using System.Collections.Immutable;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Server.Api;

/// <summary>
/// The moderator's raking of the respondent weights for the exports. The request replaces the settings, so a value
/// left out takes its default: an empty body turns raking off.
/// </summary>
public sealed record RakingRequest(bool? Enabled, bool? IncludeGender, Dictionary<string, double>? GroupShares,
    Dictionary<string, double>? RegionShares, Dictionary<string, double>? GenderShares, double? Tolerance, int? MaxIterations,
    double? TrimLower, double? TrimUpper)
{
    /// <summary>The settings, validated by the session grain.</summary>
    public RakingSettings ToSettings() => new(
        Enabled ?? false,
        IncludeGender ?? false,
        GroupShares?.ToImmutableDictionary(StringComparer.Ordinal),
        RegionShares?.ToImmutableDictionary(StringComparer.Ordinal),
        GenderShares?.ToImmutableDictionary(StringComparer.Ordinal),
        Tolerance ?? RakingSettings.DefaultTolerance,
        MaxIterations ?? RakingSettings.DefaultMaxIterations,
        TrimLower,
        TrimUpper);
}

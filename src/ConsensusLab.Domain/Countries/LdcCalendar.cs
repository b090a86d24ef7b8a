using System.Collections.Immutable;

namespace ConsensusLab.Domain.Countries;

/// <summary>
/// LDC graduations after the bundled list's date (13 December 2024), so that LDC status is evaluated on the day a
/// session is held. Only dates decided by the General Assembly are listed; Bangladesh's deferral request and later
/// graduations without a fixed date keep their bundled status until the table is updated (docs/operations.md).
/// </summary>
public static class LdcCalendar
{
    /// <summary>Graduation dates by ISO alpha-2 code (GA resolution of 24 November 2021: Nepal, Lao PDR).</summary>
    public static ImmutableDictionary<string, DateOnly> Graduations { get; } = new Dictionary<string, DateOnly>
    {
        ["NP"] = new(2026, 11, 24),
        ["LA"] = new(2026, 11, 24),
    }.ToImmutableDictionary();

    public static bool IsLdcOn(Country country, DateOnly day) =>
        country.Ldc && !(Graduations.TryGetValue(country.Iso2, out var graduated) && day >= graduated);
}

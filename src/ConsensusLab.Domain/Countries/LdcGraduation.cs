namespace ConsensusLab.Domain.Countries;

/// <summary>A country's graduation from the LDC list after the bundled list's date: it is not an LDC from <paramref name="Graduation"/> on.</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">The country's name, for reports.</param>
/// <param name="Graduation">The first day the country is off the list.</param>
/// <param name="Decision">Whether the General Assembly has decided the date.</param>
/// <param name="Source">Where the date comes from, as the table says.</param>
public sealed record LdcGraduation(string Iso2, string Name, DateOnly Graduation, LdcDecision Decision, string Source);

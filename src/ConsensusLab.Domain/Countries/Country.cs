namespace ConsensusLab.Domain.Countries;

/// <summary>A row of the bundled country table (UNSD M49 and UN DGACM regional groups).</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">UN short name.</param>
/// <param name="Region">M49 region, empty for Antarctica.</param>
/// <param name="RegionalGroup">UN regional group of a Member State; empty for territories and observers.</param>
/// <param name="Ldc">On the LDC list as in force from 13 December 2024; see <see cref="LdcGraduations"/> for later changes.</param>
/// <param name="Developed">The legacy M49 flag: true developed, false developing, null where the data has none.</param>
public sealed record Country(string Iso2, string Name, string Region, string RegionalGroup, bool Ldc, bool? Developed);

namespace ConsensusLab.CrowdSimulator.Api;

/// <summary>GET /api/countries: a country with its UN regional group (empty for territories).</summary>
internal sealed record CountryView(string Iso2, string? Name, string? RegionalGroup);

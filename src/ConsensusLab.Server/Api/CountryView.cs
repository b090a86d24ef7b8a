namespace ConsensusLab.Server.Api;

public sealed record CountryView(string Iso2, string Name, string RegionalGroup);

namespace ConsensusLab.CrowdSimulator.Api;

/// <summary>A stakeholder group of the session's catalogue.</summary>
internal sealed record GroupView(string Code, string? Name);

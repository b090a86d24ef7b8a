namespace ConsensusLab.CrowdSimulator.Api;

/// <summary>The evolution (−1) ↔ creation (+1) axis of a position question.</summary>
internal sealed record AxisView(string? Left, string? Right, double? StatusQuo);

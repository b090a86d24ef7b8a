namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

/// <summary>The most grain code pieces seen running at once, and the most calls seen in progress at once.</summary>
public sealed record ConcurrencyReport(int MaxInside, int MaxOpenCalls);

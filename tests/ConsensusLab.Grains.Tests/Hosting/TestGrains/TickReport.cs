namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

/// <summary>What a ticking grain saw of its timer.</summary>
/// <param name="Ticks">Ticks completed by this activation.</param>
/// <param name="TicksInsideRequests">Ticks that started while a request was between its awaits.</param>
/// <param name="Concurrency">Pieces of grain code seen running at once.</param>
public sealed record TickReport(int Ticks, int TicksInsideRequests, ConcurrencyReport Concurrency);

using ConsensusLab.Grains.Hosting;

namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

/// <summary>A grain with a fast timer, for tests of timer turns.</summary>
public interface ITickingGrain : IGrainWithStringKey
{
    /// <summary>A request that spans several awaits; a tick must never run inside it.</summary>
    Task Work();

    [AlwaysInterleave]
    Task<TickReport> Report();
}

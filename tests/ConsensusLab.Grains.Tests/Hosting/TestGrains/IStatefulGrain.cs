using ConsensusLab.Grains.Hosting;

namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

/// <summary>A grain with persistent state, for tests of loading and version-checked writes.</summary>
public interface IStatefulGrain : IGrainWithStringKey
{
    /// <summary>Adds to the stored value and writes it before answering.</summary>
    Task<int> Add(int amount);

    Task<int> Get();
}

using ConsensusLab.Grains.Hosting;

namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

/// <summary>A grain whose first activation fails.</summary>
public interface IFragileGrain : IGrainWithStringKey
{
    /// <summary>The number of the activation attempt that answered.</summary>
    Task<int> Attempt();
}

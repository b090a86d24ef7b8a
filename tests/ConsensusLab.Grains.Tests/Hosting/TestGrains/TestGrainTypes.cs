using ConsensusLab.Grains.Hosting;

namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

internal static class TestGrainTypes
{
    /// <summary>The test grains on a map of their own, so the host is tested apart from ConsensusLab's grains.</summary>
    public static GrainTypeMap Map => new GrainTypeMap()
        .Add<IProbeGrain, ProbeGrain>()
        .Add<ITickingGrain, TickingGrain>()
        .Add<IStatefulGrain, StatefulGrain>()
        .Add<IFragileGrain, FragileGrain>();

    /// <summary>A key no other test uses, so the static counters of one test are its own.</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N");
}

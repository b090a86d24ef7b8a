using ConsensusLab.Grains.Live;

namespace ConsensusLab.Cli.Hosting;

/// <summary>The live feed of a process that has no live clients: publications are dropped.</summary>
internal sealed class NoTallyFeed : ITallyFeed
{
    public void Publish(TallyPublication publication)
    {
    }
}

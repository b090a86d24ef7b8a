namespace ConsensusLab.Grains.Hosting;

/// <summary>How long an unused activation lives, and how often the host looks for idle ones.</summary>
public sealed class GrainHostOptions
{
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan CollectionPeriod { get; set; } = TimeSpan.FromMinutes(1);
}

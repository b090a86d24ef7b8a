namespace ConsensusLab.Server.Extensions;

/// <summary>The "Orleans" configuration section: how this process's silo joins its cluster.</summary>
internal sealed class SiloSettings
{
    /// <summary>One deployment's silos share it (and their database); a second deployment on the same database takes another.</summary>
    public string ClusterId { get; set; } = "consensuslab";

    /// <summary>
    /// The port silos talk to each other on. 0 (the default) takes a free port at start-up, which the membership table
    /// tells the other silos; a cluster behind a firewall sets a fixed one and lets it through between silos.
    /// </summary>
    public int SiloPort { get; set; }

    /// <summary>The address other silos reach this one at (a cluster on several machines must set it).</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Serves Orleans' dashboard at /dashboard, to requests from this machine only.</summary>
    public bool Dashboard { get; set; }

    /// <summary>How long a grain call may take before it fails (Orleans' default is 30 s, too long for a web request).</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

using Orleans.Configuration;

namespace ConsensusLab.Server.Extensions;

/// <summary>
/// Membership settings that declare a crashed silo dead within a few seconds rather than a minute, so that its
/// questions come back on a survivor while the room is still answering. Each can be overridden under
/// Orleans:Membership; docs/operations.md gives the measured times with these and with Orleans' defaults.
/// </summary>
internal static class FailoverTuning
{
    public static void Apply(ClusterMembershipOptions options)
    {
        // A probe is answered within milliseconds on a healthy network; a silo that misses two one-second probes in a
        // row is suspected. Probe timeouts adapt per peer, so the ceiling, not the initial value, bounds detection.
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.MaxProbeTimeout = TimeSpan.FromSeconds(2);
        options.NumMissedProbesLimit = 2;
        // Survivors read the table this often, and learn of a death through gossip sooner.
        options.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
    }
}

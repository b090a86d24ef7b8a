namespace ConsensusLab.Grains.Live;

/// <summary>How long a live subscription holds without renewal, and how often web processes renew theirs.</summary>
public static class LiveSubscriptions
{
    /// <summary>A web process renews each of its subscriptions this often (and re-subscribes after a failover).</summary>
    public static readonly TimeSpan RenewalPeriod = TimeSpan.FromSeconds(5);

    /// <summary>Three missed renewals and a grain forgets the subscriber.</summary>
    public static readonly TimeSpan Expiry = 3 * RenewalPeriod;
}

namespace ConsensusLab.Server.Extensions;

/// <summary>
/// Request rates (section RateLimits). A room shares one address behind its NAT, so the per-address limit is high;
/// the per-participant limit is what stops one token from flooding the ledger.
/// </summary>
public sealed class RateLimitOptions
{
    public int PerAddressPerSecond { get; set; } = 2000;

    public int PerAddressBurst { get; set; } = 4000;

    public int PerParticipantPerSecond { get; set; } = 10;

    public int PerParticipantBurst { get; set; } = 20;

    /// <summary>
    /// Joins per client address: a plenary of thousands behind one NAT joins within a minute or two, while nobody
    /// in a room needs tens of thousands of participants (each join is a stored row and a token).
    /// </summary>
    public int JoinsPerAddressPerSecond { get; set; } = 50;

    public int JoinsPerAddressBurst { get; set; } = 500;
}

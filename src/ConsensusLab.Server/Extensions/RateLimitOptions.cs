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
}

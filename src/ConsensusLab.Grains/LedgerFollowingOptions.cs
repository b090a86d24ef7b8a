namespace ConsensusLab.Grains;

/// <summary>
/// Whether other processes append to the same ledger (several nodes on one PostgreSQL database). Then a question grain
/// also counts the answers other nodes took: when told of them (NOTIFY) and, as a safety net for lost notifications,
/// by reading the ledger after the last sequence it saw every <see cref="CatchUpPeriod"/>.
/// </summary>
public sealed class LedgerFollowingOptions
{
    public bool SharedLedger { get; set; }

    public TimeSpan CatchUpPeriod { get; set; } = TimeSpan.FromSeconds(1);
}

namespace ConsensusLab.Storage;

/// <summary>
/// How far a reader that reads one question's ledger again and again has seen everything, so that its next read can
/// start there instead of at the beginning. Sequences are drawn in order but, where several writers share a
/// database, an entry with a lower sequence may commit after a read saw a higher one; it commits within
/// <see cref="IResponseLedger.LateCommitHorizon"/> of that read, though. So what a read saw is settled only once a
/// later read, started that long after it finished, has read everything above what was settled before; with a
/// horizon of zero (commits in sequence order) a read settles what it saw itself. Not thread-safe: one reader owns it.
/// </summary>
/// <param name="lateCommitHorizon">The ledger's <see cref="IResponseLedger.LateCommitHorizon"/>.</param>
public sealed class LedgerWatermark(TimeSpan lateCommitHorizon)
{
    // Reads whose highest sequence is not settled yet, oldest first.
    private readonly List<LedgerRead> _unsettled = [];

    /// <summary>
    /// Every entry with this sequence or a lower one that will ever commit has been read: the next read starts after it.
    /// </summary>
    public long Settled { get; private set; }

    /// <summary>
    /// Records a read that began after <see cref="Settled"/> as it was when the read started, and whose entries have all
    /// been applied. Times come from one monotonic clock.
    /// </summary>
    public void Completed(LedgerRead read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _unsettled.Add(read);
        // An entry at or below an earlier read's highest had committed by the time this read started, and this read
        // took everything above what was settled: together with the reads before, nothing up to that highest is missing.
        foreach (var earlier in _unsettled)
        {
            if (earlier.FinishedAt + lateCommitHorizon <= read.StartedAt || lateCommitHorizon == TimeSpan.Zero)
                Settled = Math.Max(Settled, earlier.Highest);
        }
        _unsettled.RemoveAll(r => r.Highest <= Settled);
    }
}

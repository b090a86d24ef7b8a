namespace ConsensusLab.Storage;

/// <summary>
/// The durable, append-only record of every accepted answer: the truth from which every aggregate can be rebuilt.
/// <see cref="ResponseLedgerExtensions"/> adds the single-entry append and the whole-question read.
/// </summary>
public interface IResponseLedger
{
    /// <summary>
    /// Appends the entries, in order, in one group commit; when the task completes every entry is durable. A retried
    /// request is not stored again: its result is the entry the ledger holds (see <see cref="LedgerAppendResult"/>).
    /// A failure of the store fails the whole call, and then any of the entries may or may not have been stored.
    /// </summary>
    Task<IReadOnlyList<LedgerAppendResult>> AppendManyAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// The entries of one question with a sequence above <paramref name="afterSequence"/>, in sequence order: what a
    /// reader that has everything up to it needs (see <see cref="LedgerWatermark"/> for when it has).
    /// </summary>
    IAsyncEnumerable<LedgerRecord> ReadQuestionAsync(string sessionCode, string questionId, long afterSequence, CancellationToken cancellationToken);

    /// <summary>
    /// How long after a read saw an entry another entry with a lower sequence may still commit: zero where commits
    /// land in sequence order (one writer per database), else the longest an appending transaction may stay open
    /// after drawing its sequence.
    /// </summary>
    TimeSpan LateCommitHorizon { get; }

    /// <summary>Every entry of one session, in sequence order.</summary>
    IAsyncEnumerable<LedgerRecord> ReadSessionAsync(string sessionCode, CancellationToken cancellationToken);
}

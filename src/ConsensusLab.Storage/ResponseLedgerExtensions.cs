namespace ConsensusLab.Storage;

/// <summary>The single-entry and whole-question forms of the ledger's calls, the same for every engine.</summary>
public static class ResponseLedgerExtensions
{
    /// <summary>Appends the entry; when the task completes the entry is durable and has its sequence number.</summary>
    /// <exception cref="DuplicateRequestException">The participant's request id is in the ledger already (a retry).</exception>
    public static async Task<LedgerRecord> AppendAsync(this IResponseLedger ledger, LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var appended = (await ledger.AppendManyAsync([entry], cancellationToken))[0];
        return appended.AlreadyStored ? throw new DuplicateRequestException(appended.Record) : appended.Record;
    }

    /// <summary>Every entry of one question, in sequence order.</summary>
    public static IAsyncEnumerable<LedgerRecord> ReadQuestionAsync(this IResponseLedger ledger, string sessionCode, string questionId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ledger.ReadQuestionAsync(sessionCode, questionId, afterSequence: 0, cancellationToken);
    }
}

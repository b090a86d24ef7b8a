namespace ConsensusLab.Storage;

/// <summary>
/// The ledger already holds an entry with this participant's request id: the request is a retry. The original entry
/// is attached so the retry can be acknowledged with it, counted once.
/// </summary>
public sealed class DuplicateRequestException : Exception
{
    public DuplicateRequestException(LedgerRecord original)
        : base($"Request '{original.Entry.RequestId}' of participant {original.Entry.ParticipantId} is in the ledger already (sequence {original.Sequence}).") =>
        Original = original;

    public DuplicateRequestException() { }

    public DuplicateRequestException(string message) : base(message) { }

    public DuplicateRequestException(string message, Exception innerException) : base(message, innerException) { }

    public LedgerRecord? Original { get; }
}

namespace ConsensusLab.Storage;

/// <summary>
/// What appending one entry came to: the stored record, or, when the ledger already held the participant's request id
/// (a retry), the entry stored then, with <see cref="AlreadyStored"/> set and nothing stored now.
/// </summary>
public readonly record struct LedgerAppendResult(LedgerRecord Record, bool AlreadyStored);

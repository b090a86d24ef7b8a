namespace ConsensusLab.Storage;

/// <summary>A ledger entry with its position: sequence numbers order every answer of the store.</summary>
public sealed record LedgerRecord(long Sequence, LedgerEntry Entry);

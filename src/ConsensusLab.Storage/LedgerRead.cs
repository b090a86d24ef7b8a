namespace ConsensusLab.Storage;

/// <summary>One read of a question's ledger, as a <see cref="LedgerWatermark"/> counts it.</summary>
/// <param name="Highest">The highest sequence the read returned, or the one it started after if it returned none.</param>
/// <param name="StartedAt">When the read was started, before its query ran.</param>
/// <param name="FinishedAt">When its last entry had been returned.</param>
public sealed record LedgerRead(long Highest, TimeSpan StartedAt, TimeSpan FinishedAt);

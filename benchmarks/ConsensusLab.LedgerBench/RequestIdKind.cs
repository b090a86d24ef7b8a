namespace ConsensusLab.LedgerBench;

/// <summary>
/// How the bench makes request ids: time-ordered UUIDv7, as the participant page sends them, or random UUIDv4, as it
/// sent them before issue 15, to show what each costs the ledger's idempotency index.
/// </summary>
internal enum RequestIdKind
{
    V7,
    Random,
}

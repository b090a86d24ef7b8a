using System.Runtime.CompilerServices;
using Npgsql;

namespace ConsensusLab.Storage.Postgres;

/// <summary>
/// The ledger in PostgreSQL. Appends are group-committed by the silo's writer; silos on one database append
/// concurrently, and the identity column gives every entry its sequence.
/// </summary>
public sealed class PostgresResponseLedger : IResponseLedger
{
    private readonly PostgresDatabase _database;

    internal PostgresResponseLedger(PostgresDatabase database, StoreTimeouts timeouts)
    {
        _database = database;
        LateCommitHorizon = timeouts.LateCommit;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Silos draw sequences from one PostgreSQL sequence (no cache, so in the order they ask) inside their own
    /// transactions, which commit in any order: see <see cref="StoreTimeouts.LateCommit"/> for how long one may take.
    /// </remarks>
    public TimeSpan LateCommitHorizon { get; }

    /// <inheritdoc />
    /// <remarks>
    /// Each entry is its own write of the writer's batch, which appends all of a batch's entries with one statement;
    /// a retried request fails alone (the writer commits the rest) and is answered with the entry already stored. The
    /// returned entries' <see cref="LedgerEntry.RecordedAt"/> is the stored instant: in UTC, to the microsecond.
    /// Cancelling stops the wait, not the writes: entries handed to the writer are committed regardless.
    /// </remarks>
    public async Task<IReadOnlyList<LedgerAppendResult>> AppendManyAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        var writes = entries.Select(entry => new PostgresLedgerAppend(entry with { RecordedAt = PostgresParameters.Stored(entry.RecordedAt) })).ToArray();
        foreach (var write in writes)
            _database.Enqueue(write);
        // Waits for all of them, so that none of their failures goes unobserved; each write's own outcome is read below.
        await Task.WhenAll(writes.Select(Task (write) => write.Completion))
            .WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
        var results = new LedgerAppendResult[writes.Length];
        for (var i = 0; i < writes.Length; i++)
        {
            try
            {
                results[i] = new LedgerAppendResult(await writes[i].Completion, AlreadyStored: false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "ledger_request")
            {
                // A retry, perhaps through another silo: acknowledged with the entry that is already there.
                results[i] = new LedgerAppendResult(await FindRequestAsync(writes[i].Entry, cancellationToken)
                    ?? throw new InvalidOperationException("The request-id constraint failed, yet no entry has the request id.", e), AlreadyStored: true);
            }
        }
        return results;
    }

    private async Task<LedgerRecord?> FindRequestAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        await using var command = _database.Command("ledger_by_request");
        command.Parameters.AddTyped("session_code", entry.SessionCode);
        command.Parameters.AddTyped("participant_id", entry.ParticipantId);
        command.Parameters.AddTyped("request_id", entry.RequestId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRecord(reader) : null;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<LedgerRecord> ReadQuestionAsync(string sessionCode, string questionId, long afterSequence, CancellationToken cancellationToken) =>
        Read("ledger_read_question", sessionCode, (questionId, afterSequence), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<LedgerRecord> ReadSessionAsync(string sessionCode, CancellationToken cancellationToken) =>
        Read("ledger_read_session", sessionCode, null, cancellationToken);

    private async IAsyncEnumerable<LedgerRecord> Read(string script, string sessionCode, (string Id, long AfterSequence)? question,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = _database.Command(script);
        command.Parameters.AddTyped("session_code", sessionCode);
        if (question is { } q)
        {
            command.Parameters.AddTyped("question_id", q.Id);
            command.Parameters.AddTyped("after_sequence", q.AfterSequence);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return ReadRecord(reader);
    }

    private static LedgerRecord ReadRecord(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        new LedgerEntry(
            reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7),
            reader.GetFieldValue<DateTimeOffset>(8),
            Enum.Parse<LedgerEntryKind>(reader.GetString(9))));
}

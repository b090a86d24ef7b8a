using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace ConsensusLab.Storage.Sqlite;

internal sealed class SqliteResponseLedger(SqliteDatabase database) : IResponseLedger
{
    public async Task<IReadOnlyList<LedgerAppendResult>> AppendManyAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        var write = new LedgerAppend(entries);
        database.Enqueue(write);
        // Cancelling stops the wait, not the write: answers handed to the writer are committed regardless.
        return await write.Completion.WaitAsync(cancellationToken);
    }

    // One write transaction at a time per database, drawing its sequences inside it: a lower sequence never commits later.
    public TimeSpan LateCommitHorizon => TimeSpan.Zero;

    public IAsyncEnumerable<LedgerRecord> ReadQuestionAsync(string sessionCode, string questionId, long afterSequence, CancellationToken cancellationToken) =>
        Read("ledger_read_question", sessionCode, (questionId, afterSequence), cancellationToken);

    public IAsyncEnumerable<LedgerRecord> ReadSessionAsync(string sessionCode, CancellationToken cancellationToken) =>
        Read("ledger_read_session", sessionCode, null, cancellationToken);

    private async IAsyncEnumerable<LedgerRecord> Read(string script, string sessionCode, (string Id, long AfterSequence)? question,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, script);
        command.Parameters.AddWithValue("$session_code", sessionCode);
        if (question is { } q)
        {
            command.Parameters.AddWithValue("$question_id", q.Id);
            command.Parameters.AddWithValue("$after_sequence", q.AfterSequence);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return ReadRecord(reader);
    }

    private static LedgerRecord ReadRecord(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        new LedgerEntry(
            reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7),
            DateTimeOffset.Parse(reader.GetString(8), System.Globalization.CultureInfo.InvariantCulture),
            Enum.Parse<LedgerEntryKind>(reader.GetString(9))));

    /// <summary>
    /// Entries appended by one write of the group commit: one completion for all of them, however many. A retried
    /// request meets the unique request-id index, which aborts only its own insert; the original is read back in the
    /// same transaction, so a retry of an entry earlier in the same batch finds it too.
    /// </summary>
    private sealed class LedgerAppend(IReadOnlyList<LedgerEntry> entries) : SqliteWrite<IReadOnlyList<LedgerAppendResult>>
    {
        public override void Execute(SqliteBatch batch)
        {
            var results = new LedgerAppendResult[entries.Count];
            for (var i = 0; i < entries.Count; i++)
            {
                try
                {
                    results[i] = new LedgerAppendResult(Insert(batch, entries[i]), AlreadyStored: false);
                }
                catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT && entries[i].RequestId is not null)
                {
                    results[i] = new LedgerAppendResult(FindRequest(batch, entries[i])
                        ?? throw new InvalidOperationException("A ledger constraint failed, yet no entry has the request id.", e), AlreadyStored: true);
                }
            }
            SetResult(results);
        }

        private static LedgerRecord Insert(SqliteBatch batch, LedgerEntry entry)
        {
            var statement = batch.Statement("ledger_append");
            statement.Bind("$session_code", entry.SessionCode);
            statement.Bind("$question_id", entry.QuestionId);
            statement.Bind("$round", entry.Round);
            statement.Bind("$participant_id", entry.ParticipantId);
            statement.Bind("$group_code", entry.GroupCode);
            statement.Bind("$request_id", entry.RequestId);
            statement.Bind("$answer", entry.Answer);
            statement.Bind("$recorded_at", entry.RecordedAt.ToString("O"));
            statement.Bind("$kind", entry.Kind.ToString());
            statement.Execute();
            return new LedgerRecord(batch.LastInsertRowId, entry);
        }

        private static LedgerRecord? FindRequest(SqliteBatch batch, LedgerEntry entry)
        {
            var command = batch.Command("ledger_by_request");
            command.Parameters.AddWithValue("$session_code", entry.SessionCode);
            command.Parameters.AddWithValue("$participant_id", entry.ParticipantId);
            command.Parameters.AddWithValue("$request_id", entry.RequestId);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadRecord(reader) : null;
        }
    }
}

using Npgsql;

namespace ConsensusLab.Storage.Postgres;

/// <summary>
/// One answer for the ledger. The writer normally inserts all the answers of a batch with one statement
/// (<see cref="CreateCombinedCommand"/>); should that statement fail, it falls back
/// to one statement per answer, to find the one at fault.
/// </summary>
internal sealed class PostgresLedgerAppend(LedgerEntry entry) : PostgresWrite<LedgerRecord>
{
    public LedgerEntry Entry => entry;

    public override NpgsqlBatchCommand CreateCommand()
    {
        var command = PostgresDatabase.BatchCommand("ledger_append");
        command.Parameters.AddTyped("session_code", entry.SessionCode);
        command.Parameters.AddTyped("question_id", entry.QuestionId);
        command.Parameters.AddTyped("round", entry.Round);
        command.Parameters.AddTyped("participant_id", entry.ParticipantId);
        command.Parameters.AddTyped("group_code", entry.GroupCode);
        command.Parameters.AddTyped("request_id", entry.RequestId);
        command.Parameters.AddTyped("answer", entry.Answer);
        command.Parameters.AddTyped("recorded_at", entry.RecordedAt);
        command.Parameters.AddTyped("kind", entry.Kind.ToString());
        return command;
    }

    public override async Task ReadAsync(NpgsqlDataReader reader)
    {
        await reader.ReadAsync();
        Assign(reader.GetInt64(0));
    }

    /// <summary>One statement for many answers: each column travels as one array parameter.</summary>
    public static NpgsqlBatchCommand CreateCombinedCommand(IReadOnlyList<PostgresLedgerAppend> appends)
    {
        var command = PostgresDatabase.BatchCommand("ledger_append_many");
        command.Parameters.AddTyped("session_codes", appends.Select(a => a.Entry.SessionCode).ToArray());
        command.Parameters.AddTyped("question_ids", appends.Select(a => a.Entry.QuestionId).ToArray());
        command.Parameters.AddTyped("rounds", appends.Select(a => a.Entry.Round).ToArray());
        command.Parameters.AddTyped("participant_ids", appends.Select(a => a.Entry.ParticipantId).ToArray());
        command.Parameters.AddTyped("group_codes", appends.Select(a => a.Entry.GroupCode).ToArray());
        command.Parameters.AddTyped("request_ids", appends.Select(a => a.Entry.RequestId).ToArray());
        command.Parameters.AddTyped("answers", appends.Select(a => a.Entry.Answer).ToArray());
        command.Parameters.AddTyped("recorded_ats", appends.Select(a => a.Entry.RecordedAt).ToArray());
        command.Parameters.AddTyped("kinds", appends.Select(a => a.Entry.Kind.ToString()).ToArray());
        return command;
    }

    /// <summary>Reads the (ord, sequence) rows of <see cref="CreateCombinedCommand"/>.</summary>
    public static async Task ReadCombinedAsync(NpgsqlDataReader reader, IReadOnlyList<PostgresLedgerAppend> appends)
    {
        var assigned = 0;
        while (await reader.ReadAsync())
        {
            appends[checked((int)reader.GetInt64(0)) - 1].Assign(reader.GetInt64(1));
            assigned++;
        }
        if (assigned != appends.Count)
            throw new InvalidOperationException($"The ledger assigned {assigned} sequences to {appends.Count} answers.");
    }

    private void Assign(long sequence) => SetResult(new LedgerRecord(sequence, entry));
}

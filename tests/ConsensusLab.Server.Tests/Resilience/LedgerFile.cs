using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ConsensusLab.Server.Tests.Resilience;

/// <summary>One row of the ledger table, as the file holds it.</summary>
internal sealed record LedgerRow(long Sequence, string SessionCode, string QuestionId, int Round, string ParticipantId, string GroupCode,
    string? RequestId, string Answer, string Kind)
{
    public bool IsWithdrawal => Kind == "Withdrawal";

    /// <summary>The chosen option of a Likert or single-choice answer.</summary>
    public int Choice => JsonNode.Parse(Answer)!["choice"]!.GetValue<int>();
}

/// <summary>Reads the ledger straight from the SQLite file, read-only, without going through the server.</summary>
internal static class LedgerFile
{
    public static async Task<IReadOnlyList<LedgerRow>> ReadAsync(string databasePath, string sessionCode)
    {
        var rows = new List<LedgerRow>();
        await using (var connection = Open(databasePath))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT sequence, session_code, question_id, round, participant_id, group_code, request_id, answer, kind
                FROM ledger WHERE session_code = $session ORDER BY sequence
                """;
            command.Parameters.AddWithValue("$session", sessionCode);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add(new LedgerRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                    reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), reader.GetString(8)));
        }
        return rows;
    }

    /// <summary>Row counts of the tables a request could write to.</summary>
    public static async Task<(long Ledger, long Participants, long GrainStates)> CountAsync(string databasePath)
    {
        await using var connection = Open(databasePath);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM ledger), (SELECT COUNT(*) FROM participants), (SELECT COUNT(*) FROM grain_state)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    // No pooling: the file must not stay open in the test process while a server is killed and restarted on it.
    private static SqliteConnection Open(string databasePath) =>
        new(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
}

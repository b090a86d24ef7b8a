using ConsensusLab.Server.Tests.Resilience;
using Npgsql;

namespace ConsensusLab.Server.Tests.Cluster;

/// <summary>Reads the ledger straight from PostgreSQL, without going through any node.</summary>
internal static class PostgresLedger
{
    public static async Task<IReadOnlyList<LedgerRow>> ReadAsync(string connectionString, string sessionCode)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT sequence, session_code, question_id, round, participant_id, group_code, request_id, answer, kind
            FROM ledger WHERE session_code = @session ORDER BY sequence
            """, connection);
        command.Parameters.AddWithValue("session", sessionCode);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<LedgerRow>();
        while (await reader.ReadAsync())
            rows.Add(new LedgerRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), reader.GetString(8)));
        return rows;
    }
}

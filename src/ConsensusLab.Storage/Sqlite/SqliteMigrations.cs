using Microsoft.Data.Sqlite;

namespace ConsensusLab.Storage.Sqlite;

/// <summary>Applies the numbered schema scripts that the database has not seen yet, each in its own transaction.</summary>
internal static class SqliteMigrations
{
    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var create = SqliteDatabase.Command(connection, "migrations_table"))
            await create.ExecuteNonQueryAsync(cancellationToken);
        var applied = new HashSet<int>();
        await using (var read = SqliteDatabase.Command(connection, "migration_applied"))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                applied.Add(reader.GetInt32(0));
        foreach (var (version, name) in SqlScripts.Migrations(SqliteDatabase.Provider).Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (var migrate = SqliteDatabase.Command(connection, name))
            {
                migrate.Transaction = transaction;
                await migrate.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var record = SqliteDatabase.Command(connection, "migration_record"))
            {
                record.Transaction = transaction;
                record.Parameters.AddWithValue("$version", version);
                record.Parameters.AddWithValue("$name", name);
                record.Parameters.AddWithValue("$applied_at", DateTimeOffset.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }
}

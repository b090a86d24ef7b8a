using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConsensusLab.Storage.Postgres;

/// <summary>
/// Applies the numbered schema scripts that the database has not seen yet, all in one transaction: PostgreSQL's DDL
/// is transactional, so a silo either brings the schema fully up to date or leaves it as it was.
/// </summary>
internal static class PostgresMigrations
{
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, ILogger logger, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two silos starting at once: the second waits here until the first commits, and then finds every
        // migration recorded. The lock comes before CREATE TABLE IF NOT EXISTS, which itself races.
        await ExecuteAsync(connection, transaction, "migration_lock", cancellationToken);
        await ExecuteAsync(connection, transaction, "migrations_table", cancellationToken);
        var applied = new HashSet<int>();
        await using (var read = Command(connection, transaction, "migration_applied"))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                applied.Add(reader.GetInt32(0));
        foreach (var (version, name) in SqlScripts.Migrations(PostgresDatabase.Provider).Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, transaction, name, cancellationToken);
            await using var record = Command(connection, transaction, "migration_record");
            record.Parameters.AddTyped("version", version);
            record.Parameters.AddTyped("name", name);
            await record.ExecuteNonQueryAsync(cancellationToken);
            logger.LogInformation("Applied schema migration {MigrationName}", name);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string script,
        CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, script);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Migrations may take longer than a live room's statement timeout; they run before the silo takes any request.
    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction transaction, string script) =>
        new(SqlScripts.Get(PostgresDatabase.Provider, script), connection, transaction) { CommandTimeout = 300 };
}

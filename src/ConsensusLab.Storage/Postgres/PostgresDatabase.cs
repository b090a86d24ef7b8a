using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConsensusLab.Storage.Postgres;

/// <summary>
/// The store a cluster of silos shares: one PostgreSQL database holding the ledger, the participants, grain state and
/// Orleans' membership table. Reads use pooled connections; every write of this silo goes through its single
/// group-committing writer.
/// </summary>
public sealed class PostgresDatabase : IStoreHealth, IAsyncDisposable
{
    internal const string Provider = "Postgres";
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresWriter _writer;

    private PostgresDatabase(NpgsqlDataSource dataSource, ILogger logger)
    {
        _dataSource = dataSource;
        _writer = new PostgresWriter(dataSource, logger);
        GrainStates = new PostgresGrainStateStore(this);
        Ledger = new PostgresResponseLedger(this);
        Participants = new PostgresParticipantStore(this);
    }

    public IGrainStateStore GrainStates { get; }
    public PostgresResponseLedger Ledger { get; }
    public IParticipantStore Participants { get; }

    /// <summary>Connects to the database and brings its schema up to date; safe when several silos start at once.</summary>
    public static async Task<PostgresDatabase> OpenAsync(string connectionString, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // The writer finds the write whose statement failed through the exception's BatchCommand.
        builder.ConnectionStringBuilder.IncludeFailedBatchedCommand = true;
        builder.ConnectionStringBuilder.ApplicationName ??= "ConsensusLab";
        var dataSource = builder.Build();
        try
        {
            await PostgresMigrations.ApplyAsync(dataSource, logger, cancellationToken);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
        return new PostgresDatabase(dataSource, logger);
    }

    internal void Enqueue(IPostgresWrite write) => _writer.Enqueue(write);

    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        await using var command = Command("migration_applied");
        return await SchemaCheck.ProblemAsync(command, Provider, cancellationToken);
    }

    internal NpgsqlCommand Command(string script) => _dataSource.CreateCommand(SqlScripts.Get(Provider, script));

    internal static NpgsqlBatchCommand BatchCommand(string script) => new(SqlScripts.Get(Provider, script));

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}

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

    private PostgresDatabase(NpgsqlDataSource dataSource, ILogger logger, StoreTimeouts timeouts)
    {
        _dataSource = dataSource;
        _writer = new PostgresWriter(dataSource, logger);
        GrainStates = new PostgresGrainStateStore(this);
        Ledger = new PostgresResponseLedger(this, timeouts);
        Participants = new PostgresParticipantStore(this);
    }

    public IGrainStateStore GrainStates { get; }
    public PostgresResponseLedger Ledger { get; }
    public IParticipantStore Participants { get; }

    /// <summary>Connects to the database and brings its schema up to date; safe when several silos start at once.</summary>
    public static async Task<PostgresDatabase> OpenAsync(string connectionString, ILogger? logger = null, StoreTimeouts? timeouts = null,
        CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        await MigrateAsync(connectionString, logger, cancellationToken);
        return Open(connectionString, logger, timeouts ?? StoreTimeouts.Default);
    }

    /// <summary>
    /// The store on a database that <see cref="MigrateAsync"/> prepared; connects only when first used. Connections
    /// and statements fail after <paramref name="timeouts"/> (the connection string's own timeouts give way to them).
    /// </summary>
    public static PostgresDatabase Open(string connectionString, ILogger logger, StoreTimeouts timeouts)
    {
        ArgumentNullException.ThrowIfNull(timeouts);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // The writer finds the write whose statement failed through the exception's BatchCommand.
        builder.ConnectionStringBuilder.IncludeFailedBatchedCommand = true;
        builder.ConnectionStringBuilder.ApplicationName ??= "ConsensusLab";
        builder.ConnectionStringBuilder.Timeout = Math.Max(1, (int)Math.Ceiling(timeouts.Connect.TotalSeconds));
        builder.ConnectionStringBuilder.CommandTimeout = Math.Max(1, (int)Math.Ceiling(timeouts.Command.TotalSeconds));
        // Once the cancellation request of a timed-out statement is delivered, its connection is dropped at once
        // instead of waiting (2 s by default) for the server to end the statement: a server that let it time out
        // rarely answers promptly.
        builder.ConnectionStringBuilder.CancellationTimeout = -1;
        // Bounds how late an append's transaction can commit (StoreTimeouts.LateCommit), which re-reads of the ledger rely on.
        var idle = $"-c idle_in_transaction_session_timeout={(int)timeouts.IdleInTransaction.TotalMilliseconds}";
        builder.ConnectionStringBuilder.Options = builder.ConnectionStringBuilder.Options is { Length: > 0 } options ? $"{options} {idle}" : idle;
        return new PostgresDatabase(builder.Build(), logger, timeouts);
    }

    /// <summary>
    /// Returns once the server accepts a connection, retrying with growing pauses (up to 10 s) meanwhile: a silo started
    /// before its database waits for it instead of exiting. The first failure is logged, then one line a minute.
    /// </summary>
    public static async Task WaitUntilReachableAsync(string connectionString, ILogger logger, StoreTimeouts timeouts,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeouts);
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = Math.Max(1, (int)Math.Ceiling(timeouts.Connect.TotalSeconds)),
            Pooling = false,
        };
        var pause = TimeSpan.FromMilliseconds(500);
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan? lastLogged = null;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                if (lastLogged is not null)
                    logger.LogWarning("PostgreSQL reached after {WaitSeconds:0} s", waiting.Elapsed.TotalSeconds);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                if (lastLogged is null || waiting.Elapsed - lastLogged >= TimeSpan.FromMinutes(1))
                {
                    logger.LogWarning("PostgreSQL cannot be reached ({Reason}); waiting for it", e.Message);
                    lastLogged = waiting.Elapsed;
                }
                await Task.Delay(pause, cancellationToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    /// <summary>Brings the schema up to date without keeping a connection: silos do this before Orleans reads its tables.</summary>
    public static async Task MigrateAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await PostgresMigrations.ApplyAsync(dataSource, logger, cancellationToken);
    }

    internal void Enqueue(IPostgresWrite write) => _writer.Enqueue(write);

    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        if (_writer.Outage.Problem is { } failing)
            return failing;
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

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConsensusLab.Storage.Postgres;

/// <summary>
/// The shared store for several nodes: one PostgreSQL database. Reads use pooled connections; every write of this
/// node goes through its single group-committing writer, and each ledger commit is announced to every node that
/// listens (<see cref="ListenAsync"/>).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    internal const string Provider = "Postgres";
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresWriter _writer;
    private readonly PostgresListener<LedgerNotification> _ledgerListener;
    private readonly PostgresListener<StateNotification> _stateListener;

    private PostgresDatabase(NpgsqlDataSource dataSource, ILogger logger)
    {
        _dataSource = dataSource;
        _writer = new PostgresWriter(dataSource, NodeId, logger);
        _ledgerListener = new PostgresListener<LedgerNotification>(dataSource, "listen", LedgerNotification.TryParse, logger);
        _stateListener = new PostgresListener<StateNotification>(dataSource, "listen_state", StateNotification.TryParse, logger);
        GrainStates = new PostgresGrainStateStore(this);
        Ledger = new PostgresResponseLedger(this);
        Participants = new PostgresParticipantStore(this);
    }

    public IGrainStateStore GrainStates { get; }
    public PostgresResponseLedger Ledger { get; }
    public IParticipantStore Participants { get; }

    /// <summary>Connects to the database and brings its schema up to date; safe when several nodes start at once.</summary>
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

    /// <summary>
    /// Every ledger commit of every node on this database, as it happens: one notification per question of a
    /// committed batch, carrying the highest sequence it reached. Runs until cancelled, reconnecting when the
    /// connection drops; notifications sent meanwhile are lost, so a node also catches up on its own schedule.
    /// </summary>
    public IAsyncEnumerable<LedgerNotification> ListenAsync(CancellationToken cancellationToken) =>
        _ledgerListener.ListenAsync(cancellationToken);

    /// <summary>Grain-state writes committed by any node (each names its node; see <see cref="NodeId"/>).</summary>
    public IAsyncEnumerable<StateNotification> ListenStateAsync(CancellationToken cancellationToken) =>
        _stateListener.ListenAsync(cancellationToken);

    /// <summary>This process's id in state notifications, so that it can tell its own writes from other nodes'.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N")[..12];

    internal void Enqueue(IPostgresWrite write) => _writer.Enqueue(write);

    internal NpgsqlCommand Command(string script) => _dataSource.CreateCommand(SqlScripts.Get(Provider, script));

    internal static NpgsqlBatchCommand BatchCommand(string script) => new(SqlScripts.Get(Provider, script));

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}

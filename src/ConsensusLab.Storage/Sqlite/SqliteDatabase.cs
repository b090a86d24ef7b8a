using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsensusLab.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with synchronous commits. Reads use pooled connections (WAL lets
/// them run beside the writer); every write goes through the single group-committing <see cref="SqliteWriter"/>.
/// </summary>
public sealed class SqliteDatabase : IStoreHealth, IAsyncDisposable
{
    internal const string Provider = "Sqlite";

    /// <summary>
    /// Pages written to the WAL between the writer's checkpoints (16 MiB at 4 KiB pages): large enough that a page the
    /// batches keep touching (an index leaf) is copied to the database once per checkpoint, not once per commit.
    /// </summary>
    public const int DefaultCheckpointPages = 4096;

    private readonly string _connectionString;
    private readonly SqliteConnection _writerConnection;
    private readonly SqliteWriter _writer;

    private SqliteDatabase(string connectionString, SqliteConnection writerConnection, ILogger logger, int checkpointPages)
    {
        _connectionString = connectionString;
        _writerConnection = writerConnection;
        _writer = new SqliteWriter(writerConnection, new SqliteCheckpoints(writerConnection, logger, checkpointPages), logger);
        GrainStates = new SqliteGrainStateStore(this);
        Ledger = new SqliteResponseLedger(this);
        Participants = new SqliteParticipantStore(this);
    }

    public IGrainStateStore GrainStates { get; }
    public IResponseLedger Ledger { get; }
    public IParticipantStore Participants { get; }

    /// <summary>Opens (creating if needed) the database file and brings its schema up to date.</summary>
    public static async Task<SqliteDatabase> OpenAsync(string path, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        await MigrateAsync(path, cancellationToken);
        return Open(path, logger ?? NullLogger.Instance, DefaultCheckpointPages);
    }

    /// <summary>Creates the database file if needed, switches it to WAL and brings its schema up to date.</summary>
    public static async Task MigrateAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var connection = new SqliteConnection(ConnectionString(path));
        await connection.OpenAsync(cancellationToken);
        // WAL lets readers work beside the writer; the mode is kept in the file.
        await Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;", cancellationToken);
        await SqliteMigrations.ApplyAsync(connection, cancellationToken);
    }

    /// <summary>
    /// Opens a database that <see cref="MigrateAsync"/> prepared. Synchronous on purpose: the server's container
    /// builds it when a grain first needs it, and a grain's turn must not block on an await. The writer checkpoints once
    /// <paramref name="checkpointPages"/> pages have gone to the WAL since its last checkpoint (see <see cref="SqliteCheckpoints"/>).
    /// </summary>
    public static SqliteDatabase Open(string path, ILogger logger, int checkpointPages)
    {
        var connectionString = ConnectionString(path);
        var writer = new SqliteConnection(connectionString);
        writer.Open();
        using (var pragmas = writer.CreateCommand())
        {
            // FULL makes every commit durable before it returns. The writer takes the checkpoints itself, between batches
            // (SqliteCheckpoints), and journal_size_limit cuts the WAL file back once a checkpoint has let it restart.
            pragmas.CommandText = "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 0; " +
                $"PRAGMA journal_size_limit = {SqliteCheckpoints.JournalSizeLimitBytes}";
            pragmas.ExecuteNonQuery();
        }
        return new SqliteDatabase(connectionString, writer, logger, checkpointPages);
    }

    private static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();

    internal void Enqueue(ISqliteWrite write) => _writer.Enqueue(write);

    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        if (_writer.Outage.Problem is { } failing)
            return failing;
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = Command(connection, "migration_applied");
        return await SchemaCheck.ProblemAsync(command, Provider, cancellationToken);
    }

    internal async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    internal static SqliteCommand Command(SqliteConnection connection, string script)
    {
        var command = connection.CreateCommand();
        command.CommandText = SqlScripts.Get(Provider, script);
        return command;
    }

    private static async Task Execute(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _writerConnection.DisposeAsync();
    }
}

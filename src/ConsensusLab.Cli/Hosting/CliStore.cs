using ConsensusLab.Grains.Sessions;
using ConsensusLab.Storage;
using ConsensusLab.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Cli.Hosting;

/// <summary>
/// An existing ConsensusLab database, read without a silo: sessions as their grains last stored them, the
/// participants and the ledger. The CLI only reads, so it may run beside a server on the same file.
/// </summary>
internal sealed class CliStore : IAsyncDisposable
{
    private readonly SqliteDatabase _database;
    private readonly ILoggerFactory _loggerFactory;

    private CliStore(SqliteDatabase database, ILoggerFactory loggerFactory)
    {
        _database = database;
        _loggerFactory = loggerFactory;
        Sessions = new StoredSessions(database.GrainStates);
    }

    public StoredSessions Sessions { get; }
    public IParticipantStore Participants => _database.Participants;
    public IResponseLedger Ledger => _database.Ledger;

    /// <summary>Opens the database at <paramref name="path"/>, which must exist: a mistyped path must not create an empty one.</summary>
    /// <exception cref="CliException">There is no file at the path.</exception>
    public static async Task<CliStore> OpenAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new CliException($"No database at {path}: give its path with --database or set {DatabaseLocation.EnvironmentVariable}.");
        var logging = CliLogging.WarningsTo(error);
        var loggerFactory = LoggerFactory.Create(logging);
        SqliteDatabase database;
        try
        {
            database = await SqliteDatabase.OpenAsync(path, loggerFactory.CreateLogger<SqliteDatabase>(), cancellationToken);
        }
        catch
        {
            loggerFactory.Dispose();
            throw;
        }
        return new CliStore(database, loggerFactory);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        _loggerFactory.Dispose();
    }
}

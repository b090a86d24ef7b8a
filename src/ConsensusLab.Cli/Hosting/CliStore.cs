using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Reporting;
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

    /// <summary>
    /// Everything stored about the session whose code was typed (in lower case or with spaces around: codes are read
    /// off a projector), as the exports and the report read it.
    /// </summary>
    /// <exception cref="CliException">There is no database at the path, or no such session in it.</exception>
    public static async Task<SessionArchive> LoadArchiveAsync(string typedCode, string path, LdcGraduations ldcGraduations,
        TextWriter error, CancellationToken cancellationToken)
    {
        var code = SessionCode.Normalize(typedCode) ?? typedCode.Trim();
        await using var store = await OpenAsync(path, error, cancellationToken);
        var session = await store.Sessions.FindAsync(code, cancellationToken)
            ?? throw new CliException($"No session {code} in {path}; 'consensuslab sessions' lists the sessions.");
        var archive = await SessionArchive.LoadAsync(session, await store.Sessions.GroupWeightsAsync(session, cancellationToken),
            ldcGraduations, store.Participants, store.Ledger, cancellationToken);
        // Whoever holds the database file reads every session in it, so every linked session is compared.
        var series = new StoredSeries(store._database.GrainStates);
        var comparisons = new SeriesComparisons(store.Sessions.FindAsync, store.Sessions.GroupWeightsAsync, series.OfAsync, series.MembersAsync,
            store.Participants, store.Ledger);
        return await comparisons.AddToAsync(archive with { Statements = await store.Sessions.StatementsAsync(session, cancellationToken) }, _ => true, cancellationToken);
    }

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

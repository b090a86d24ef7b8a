using ConsensusLab.Grains;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Live;
using ConsensusLab.Storage;
using ConsensusLab.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Cli.Hosting;

/// <summary>
/// An existing ConsensusLab database with the grain host over it, as the server wires them, but without the live
/// feed: the CLI only reads, so grains that would publish tallies publish to nobody.
/// </summary>
internal sealed class CliStore : IAsyncDisposable
{
    private readonly SqliteDatabase _database;
    private readonly ServiceProvider _services;
    private readonly ILoggerFactory _loggerFactory;

    private CliStore(SqliteDatabase database, ServiceProvider services, ILoggerFactory loggerFactory)
    {
        _database = database;
        _services = services;
        _loggerFactory = loggerFactory;
    }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();
    public IGrainStateStore GrainStates => _database.GrainStates;
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
        var services = new ServiceCollection()
            .AddLogging(logging)
            .AddSingleton(database.GrainStates)
            .AddSingleton(database.Ledger)
            .AddSingleton(database.Participants)
            .AddSingleton<ITallyFeed>(new NoTallyFeed())
            .AddConsensusGrains()
            .BuildServiceProvider();
        return new CliStore(database, services, loggerFactory);
    }

    public async ValueTask DisposeAsync()
    {
        // Grains first: they may still be finishing a read against the database.
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        _loggerFactory.Dispose();
    }
}

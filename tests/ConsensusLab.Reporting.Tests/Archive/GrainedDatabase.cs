using ConsensusLab.Grains;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Live;
using ConsensusLab.Storage;
using ConsensusLab.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsensusLab.Reporting.Tests.Archive;

/// <summary>A temporary SQLite database with the grain host over it, as the server runs them.</summary>
internal sealed class GrainedDatabase : IAsyncDisposable
{
    private readonly string _directory;
    private readonly SqliteDatabase _database;
    private readonly ServiceProvider _services;

    private GrainedDatabase(string directory, SqliteDatabase database, ServiceProvider services)
    {
        _directory = directory;
        _database = database;
        _services = services;
    }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();
    public IParticipantStore Participants => _database.Participants;
    public IResponseLedger Ledger => _database.Ledger;

    public static async Task<GrainedDatabase> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"consensuslab-archive-{Guid.NewGuid():N}");
        var database = await SqliteDatabase.OpenAsync(Path.Combine(directory, "test.db"));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(database.GrainStates)
            .AddSingleton(database.Ledger)
            .AddSingleton(database.Participants)
            .AddSingleton<ITallyFeed>(new SilentFeed())
            .AddConsensusGrains()
            .BuildServiceProvider();
        return new GrainedDatabase(directory, database, services);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class SilentFeed : ITallyFeed
    {
        public void Publish(TallyPublication publication)
        {
        }
    }
}

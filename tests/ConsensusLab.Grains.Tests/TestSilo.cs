using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Live;
using ConsensusLab.Grains.Tests.Live;
using ConsensusLab.Storage;
using ConsensusLab.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsensusLab.Grains.Tests;

/// <summary>
/// A grain host over a real SQLite file, wired as the server wires it: storage, a recording tally feed and
/// <see cref="GrainServiceCollectionExtensions.AddConsensusGrains"/>. Pass a <see cref="GrainTypeMap"/> to host test grains instead.
/// </summary>
internal sealed class TestSilo : IAsyncDisposable
{
    /// <summary>Idle collection fast enough for a test to watch a grain deactivate.</summary>
    public static GrainHostOptions FastCollection => new() { IdleTimeout = TimeSpan.FromMilliseconds(100), CollectionPeriod = TimeSpan.FromMilliseconds(50) };

    private readonly string _directory;
    private readonly GrainHostOptions _options;
    private readonly GrainTypeMap? _grains;
    private ServiceProvider _services;

    private TestSilo(string directory, SqliteDatabase database, GrainHostOptions options, GrainTypeMap? grains)
    {
        _directory = directory;
        _options = options;
        _grains = grains;
        Database = database;
        _services = Build();
    }

    public SqliteDatabase Database { get; }

    public RecordingTallyFeed Feed { get; } = new();

    public GrainHost Host => _services.GetRequiredService<GrainHost>();

    public IGrainStateStore States => Database.GrainStates;

    public static async Task<TestSilo> StartAsync(GrainHostOptions? options = null, GrainTypeMap? grains = null)
    {
        var directory = Directory.CreateTempSubdirectory("consensuslab-grains-").FullName;
        var database = await SqliteDatabase.OpenAsync(Path.Combine(directory, "grains.db"));
        return new TestSilo(directory, database, options ?? new GrainHostOptions(), grains);
    }

    public T Grain<T>(string key) where T : IGrainWithStringKey => Host.GetGrain<T>(key);

    /// <summary>Stops the host (every grain deactivates) and starts a new one on the same database, as a restarted server would.</summary>
    public async Task RestartAsync()
    {
        await _services.DisposeAsync();
        _services = Build();
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Database.GrainStates)
            .AddSingleton(Database.Ledger)
            .AddSingleton(Database.Participants)
            .AddSingleton<ITallyFeed>(Feed)
            .AddConsensusGrains(_options);
        if (_grains is not null)
            services.AddSingleton(_grains);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

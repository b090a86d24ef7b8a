using ConsensusLab.Grains.Live;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Storage;
using ConsensusLab.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace ConsensusLab.Grains.Tests;

/// <summary>
/// A real Orleans cluster in this process (two silos unless asked otherwise) over one real SQLite file, wired as the
/// server wires a silo: ConsensusLab's grain storage, ledger and participant store. Calls go through the cluster's
/// client, so they cross the same serialization and scheduling as in production.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly string _directory;
    private readonly short _silos;
    private readonly QuestionSettling? _settling;
    private readonly List<object> _observers = [];

    private TestSilo(string directory, SqliteDatabase database, short silos, QuestionSettling? settling)
    {
        _directory = directory;
        _silos = silos;
        _settling = settling;
        Database = database;
    }

    public SqliteDatabase Database { get; }

    public IGrainStateStore States => Database.GrainStates;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    /// <summary>Starts the cluster; <paramref name="settling"/> replaces when question grains read their ledger again.</summary>
    public static async Task<TestSilo> StartAsync(short silos = 2, QuestionSettling? settling = null)
    {
        var directory = Directory.CreateTempSubdirectory("consensuslab-grains-").FullName;
        var silo = new TestSilo(directory, await SqliteDatabase.OpenAsync(Path.Combine(directory, "grains.db")), silos, settling);
        silo.Cluster = await silo.DeployAsync();
        return silo;
    }

    public T Grain<T>(string key) where T : IGrainWithStringKey => Client.GetGrain<T>(key);

    /// <summary>Stops every silo and starts a new cluster on the same database, as a restarted deployment would.</summary>
    public async Task RestartAsync()
    {
        await Cluster.DisposeAsync();
        Cluster = await DeployAsync();
    }

    /// <summary>Deactivates every idle grain in the cluster; the next call activates them afresh from storage.</summary>
    public Task DeactivateAllAsync() => Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    /// <summary>Subscribes a recording feed to the question, as a web process subscribes its live hub.</summary>
    public async Task<RecordingFeed> WatchAsync(IQuestionGrain question)
    {
        var feed = new RecordingFeed();
        // Orleans holds local observers weakly: keep the feed alive for the life of the silo.
        _observers.Add(feed);
        await question.Subscribe(Client.CreateObjectReference<ILiveFeed>(feed));
        return feed;
    }

    private Task<InProcessTestCluster> DeployAsync() => SiloCluster.DeployAsync(Database, _silos, _settling);

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

using ConsensusLab.Storage.Postgres;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Storage.Tests.Postgres;

/// <summary>A PostgreSQL store on a database of its own, dropped when the test ends.</summary>
internal sealed class PostgresProvider : IStorageProvider
{
    private readonly PostgresServer _server;
    private readonly List<PostgresDatabase> _nodes = [];

    private PostgresProvider(PostgresServer server, string connectionString)
    {
        _server = server;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }
    public PostgresDatabase Database => _nodes[0];
    public IGrainStateStore GrainStates => Database.GrainStates;
    public IResponseLedger Ledger => Database.Ledger;
    public IParticipantStore Participants => Database.Participants;

    public static async Task<PostgresProvider> CreateAsync(PostgresServer server, ILogger? logger = null)
    {
        var provider = new PostgresProvider(server, await server.CreateDatabaseAsync());
        await provider.OpenNodeAsync(logger);
        return provider;
    }

    /// <summary>Another node on the same database, as a second server process would open it; closed with the provider.</summary>
    public async Task<PostgresDatabase> OpenNodeAsync(ILogger? logger = null)
    {
        var node = await PostgresDatabase.OpenAsync(ConnectionString, logger);
        _nodes.Add(node);
        return node;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
            await node.DisposeAsync();
        await _server.DropDatabaseAsync(ConnectionString);
    }
}

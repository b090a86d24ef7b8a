using ConsensusLab.Storage.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;

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

    public async Task<IndexShape> DescribeIndexAsync(string name)
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand("""
            SELECT array_agg(a.attname::text ORDER BY k.position), bool_and(i.indisunique), bool_and(i.indpred IS NOT NULL)
            FROM pg_index AS i
            CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k (attnum, position)
            JOIN pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE i.indexrelid = to_regclass($1)
            """);
        command.Parameters.AddWithValue(name);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        if (reader.IsDBNull(0))
            throw new InvalidOperationException($"The database has no index {name}.");
        return new IndexShape(reader.GetFieldValue<string[]>(0), reader.GetBoolean(1), reader.GetBoolean(2));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
            await node.DisposeAsync();
        await _server.DropDatabaseAsync(ConnectionString);
    }
}

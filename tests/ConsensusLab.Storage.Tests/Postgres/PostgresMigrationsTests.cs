using ConsensusLab.Storage.Postgres;
using Npgsql;

namespace ConsensusLab.Storage.Tests.Postgres;

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresMigrationsTests(PostgresServer server)
{
    [Fact]
    public async Task Nodes_starting_at_once_on_a_new_database_migrate_it_once()
    {
        var connectionString = await server.CreateDatabaseAsync();
        try
        {
            var nodes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostgresDatabase.OpenAsync(connectionString)));
            foreach (var node in nodes)
                await node.DisposeAsync();
            await using var reopened = await PostgresDatabase.OpenAsync(connectionString);

            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await using var count = dataSource.CreateCommand("SELECT count(*), count(DISTINCT version) FROM schema_migrations");
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.Equal(reader.GetInt64(1), reader.GetInt64(0));
            Assert.True(reader.GetInt64(0) >= 1);
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }
}

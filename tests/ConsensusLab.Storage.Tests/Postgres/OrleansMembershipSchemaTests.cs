using Npgsql;

namespace ConsensusLab.Storage.Tests.Postgres;

/// <summary>
/// The membership queries our migration stores for Orleans' ADO.NET clustering provider, run as the provider runs
/// them: looked up by key, parameters bound by name, results read by column name.
/// </summary>
[Collection(SharedPostgresServer.Name)]
public sealed class OrleansMembershipSchemaTests(PostgresServer server)
{
    private static readonly string[] QueryKeys =
    [
        "UpdateIAmAlivetimeKey", "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "MembershipReadRowKey",
        "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey", "CleanupDefunctSiloEntriesKey",
    ];

    [Fact]
    public async Task Every_query_the_clustering_provider_requires_is_stored()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        var queries = await QueriesAsync(store.ConnectionString);
        Assert.Equal(QueryKeys.Order(), queries.Keys.Order());
    }

    [Fact]
    public async Task A_silo_joins_only_with_the_table_version_it_read_and_every_change_moves_the_version_on()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        var queries = await QueriesAsync(store.ConnectionString);
        await using var dataSource = NpgsqlDataSource.Create(store.ConnectionString);

        Assert.Equal(1, await ScalarAsync(dataSource, queries["InsertMembershipVersionKey"], ("DeploymentId", "c1")));
        Assert.Equal(0, await ScalarAsync(dataSource, queries["InsertMembershipVersionKey"], ("DeploymentId", "c1")));
        Assert.Equal(1, await ScalarAsync(dataSource, queries["InsertMembershipKey"], Silo(11111, version: 0)));
        Assert.Equal(0, await ScalarAsync(dataSource, queries["InsertMembershipKey"], Silo(22222, version: 0)));
        Assert.Equal(1, await ScalarAsync(dataSource, queries["InsertMembershipKey"], Silo(22222, version: 1)));
        Assert.Equal(0, await ScalarAsync(dataSource, queries["UpdateMembershipKey"], Update(11111, version: 1)));
        Assert.Equal(1, await ScalarAsync(dataSource, queries["UpdateMembershipKey"], Update(11111, version: 2)));

        await using var read = dataSource.CreateCommand(queries["MembershipReadAllKey"]);
        read.Parameters.AddWithValue("DeploymentId", "c1");
        await using var reader = await read.ExecuteReaderAsync();
        var rows = new List<(int Port, int Status, int Version)>();
        while (await reader.ReadAsync())
            rows.Add((reader.GetInt32(reader.GetOrdinal("Port")), reader.GetInt32(reader.GetOrdinal("Status")), reader.GetInt32(reader.GetOrdinal("Version"))));
        Assert.Equal([(11111, 6, 3), (22222, 3, 3)], rows.OrderBy(r => r.Port));
    }

    private static (string, object)[] Silo(int port, int version) =>
    [
        ("DeploymentId", "c1"), ("Address", "127.0.0.1"), ("Port", port), ("Generation", 7), ("SiloName", $"silo-{port}"),
        ("HostName", "host"), ("Status", 3), ("ProxyPort", 0), ("StartTime", DateTime.UtcNow), ("IAmAliveTime", DateTime.UtcNow),
        ("Version", version),
    ];

    private static (string, object)[] Update(int port, int version) =>
    [
        ("DeploymentId", "c1"), ("Address", "127.0.0.1"), ("Port", port), ("Generation", 7), ("Status", 6),
        ("SuspectTimes", DBNull.Value), ("IAmAliveTime", DateTime.UtcNow), ("Version", version),
    ];

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string query, params (string Name, object Value)[] parameters)
    {
        await using var command = dataSource.CreateCommand(query);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<Dictionary<string, string>> QueriesAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        // The provider's own lookup, word for word.
        await using var command = dataSource.CreateCommand("SELECT QueryKey, QueryText FROM OrleansQuery");
        await using var reader = await command.ExecuteReaderAsync();
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
            queries[reader.GetString(0)] = reader.GetString(1);
        return queries;
    }
}

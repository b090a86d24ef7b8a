namespace ConsensusLab.Storage.Tests.Postgres;

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresGrainStateStoreTests(PostgresServer server)
{
    [Fact]
    public async Task A_write_from_one_node_makes_the_other_nodes_stale_write_conflict()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        var other = await store.OpenNodeAsync();
        await store.GrainStates.WriteAsync("session", "session/K1", "from A", 0, default);

        await Assert.ThrowsAsync<StateVersionConflictException>(() => other.GrainStates.WriteAsync("session", "session/K1", "from B", 0, default));
        var read = await other.GrainStates.ReadAsync("session", "session/K1", default);
        Assert.Equal(2, await other.GrainStates.WriteAsync("session", "session/K1", "from B", read!.Version, default));
        await Assert.ThrowsAsync<StateVersionConflictException>(() => store.GrainStates.WriteAsync("session", "session/K1", "stale A", 1, default));
        Assert.Equal(new StoredState("session/K1", "from B", 2), await store.GrainStates.ReadAsync("session", "session/K1", default));
    }
}

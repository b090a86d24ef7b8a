using System.Text.Json;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Tests.Hosting.TestGrains;
using ConsensusLab.Storage;

namespace ConsensusLab.Grains.Tests.Hosting;

public sealed class PersistentStateTests
{
    private static string Payload(int value) => JsonSerializer.Serialize(new CounterState { Value = value }, GrainStateJson.Options);

    [Fact]
    public async Task State_written_by_a_grain_is_read_back_by_its_next_activation()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.FastCollection, TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var grain = silo.Grain<IStatefulGrain>(key);
        await grain.Add(5);
        await grain.Add(2);

        await Eventually.True(() => StatefulGrain.Deactivations.GetValueOrDefault(key) == 1, "the idle grain is deactivated");

        Assert.Equal(7, await grain.Get());
        Assert.Equal(2, StatefulGrain.Activations[key]);
    }

    [Fact]
    public async Task Every_write_is_durable_with_the_next_version_before_the_call_returns()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var grain = silo.Grain<IStatefulGrain>(key);

        Assert.Null(await silo.States.ReadAsync(CounterState.Name, key, default));
        await grain.Add(3);
        Assert.Equal(new StoredState(key, Payload(3), 1), await silo.States.ReadAsync(CounterState.Name, key, default));
        await grain.Add(4);
        Assert.Equal(new StoredState(key, Payload(7), 2), await silo.States.ReadAsync(CounterState.Name, key, default));
    }

    [Fact]
    public async Task State_stored_before_the_first_call_is_loaded_on_activation()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        await silo.States.WriteAsync(CounterState.Name, key, Payload(40), 0, default);

        Assert.Equal(42, await silo.Grain<IStatefulGrain>(key).Add(2));
    }

    [Fact]
    public async Task Write_over_a_newer_version_conflicts_deactivates_and_the_next_call_sees_the_fresh_state()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var grain = silo.Grain<IStatefulGrain>(key);
        await grain.Add(1);

        // Another writer (another node, an operator) moves the row from version 1 to 2 behind the grain's back.
        await silo.States.WriteAsync(CounterState.Name, key, Payload(41), 1, default);

        var conflict = await Assert.ThrowsAsync<StateVersionConflictException>(() => grain.Add(1));
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(41, await grain.Get());
        Assert.Equal(2, StatefulGrain.Activations[key]);
        // The fresh activation started only after the stale one had finished its deactivation turn.
        Assert.Equal(1, StatefulGrain.Deactivations[key]);
        Assert.Equal(42, await grain.Add(1));
        Assert.Equal(new StoredState(key, Payload(42), 3), await silo.States.ReadAsync(CounterState.Name, key, default));
    }
}

using ConsensusLab.Grains.Tests.Hosting.TestGrains;

namespace ConsensusLab.Grains.Tests.Hosting;

public sealed class GrainExceptionTests
{
    [Fact]
    public async Task Exception_thrown_by_a_grain_reaches_the_caller_unchanged()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var grain = silo.Grain<IProbeGrain>(TestGrainTypes.NewKey());

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Throw("no such option 7"));

        Assert.Equal("no such option 7", thrown.Message);
    }

    [Fact]
    public async Task Exception_thrown_after_an_await_reaches_the_caller_unchanged()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var grain = silo.Grain<IProbeGrain>(TestGrainTypes.NewKey());

        var thrown = await Assert.ThrowsAsync<TimeoutException>(() => grain.ThrowAfterAwait("ledger too slow"));

        Assert.Equal("ledger too slow", thrown.Message);
    }

    [Fact]
    public async Task Grain_keeps_working_in_the_same_activation_after_an_exception()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var grain = silo.Grain<IProbeGrain>(key);
        await grain.Increment();

        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Throw("boom"));
        await Assert.ThrowsAsync<TimeoutException>(() => grain.ThrowAfterAwait("boom"));

        Assert.Equal(2, await grain.Increment());
        Assert.Equal(1, ProbeGrain.Activations[key]);
    }

    [Fact]
    public async Task Failed_activation_fails_the_call_and_the_next_call_activates_afresh()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var grain = silo.Grain<IFragileGrain>(key);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(grain.Attempt);

        Assert.Equal(FragileGrain.FailureMessage(key), thrown.Message);
        Assert.Equal(2, await grain.Attempt());
        Assert.Equal(2, await grain.Attempt());
        Assert.False(FragileGrain.Deactivations.ContainsKey(key), "a grain that never activated does not deactivate");
    }
}

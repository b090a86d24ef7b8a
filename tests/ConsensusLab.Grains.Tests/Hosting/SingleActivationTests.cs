using ConsensusLab.Grains.Tests.Hosting.TestGrains;

namespace ConsensusLab.Grains.Tests.Hosting;

public sealed class SingleActivationTests
{
    [Fact]
    public async Task Concurrent_first_calls_to_one_key_share_one_activation()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Every caller is released at once onto the thread pool, so the first calls race for the activation.
        var callers = Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await silo.Grain<IProbeGrain>(key).Instance();
        })).ToList();
        start.SetResult();
        var instances = await Task.WhenAll(callers);

        Assert.Single(instances.Distinct());
        Assert.Equal(1, ProbeGrain.Activations[key]);
        Assert.Equal(1, silo.Host.ActivationCount);
    }

    [Fact]
    public async Task Each_key_has_its_own_activation()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var keys = Enumerable.Range(0, 10).Select(_ => TestGrainTypes.NewKey()).ToList();

        var instances = await Task.WhenAll(keys.Select(k => silo.Grain<IProbeGrain>(k).Instance()));

        Assert.Equal(keys.Count, instances.Distinct().Count());
        Assert.Equal(keys.Count, silo.Host.ActivationCount);
    }

    [Fact]
    public async Task References_to_one_key_reach_the_same_activation()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();

        await silo.Grain<IProbeGrain>(key).Increment();
        var second = await silo.Host.GetGrain<IProbeGrain>(key).Increment();

        Assert.Equal(2, second);
    }
}

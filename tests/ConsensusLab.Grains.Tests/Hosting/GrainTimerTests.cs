using ConsensusLab.Grains.Tests.Hosting.TestGrains;

namespace ConsensusLab.Grains.Tests.Hosting;

public sealed class GrainTimerTests
{
    [Fact]
    public async Task Timer_tick_is_a_turn_that_never_runs_inside_or_beside_a_request()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var grain = silo.Grain<ITickingGrain>(key);

        // Keep the grain busy with requests until the timer has ticked between them a few times.
        var deadline = Environment.TickCount64 + 5_000;
        while (TickingGrain.Ticks.GetValueOrDefault(key) < 5 && Environment.TickCount64 < deadline)
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(grain.Work)));
        var report = await grain.Report();

        Assert.True(report.Ticks >= 5, $"the timer ticked during the requests ({report.Ticks} ticks)");
        Assert.Equal(0, report.TicksInsideRequests);
        Assert.Equal(1, report.Concurrency.MaxInside);
    }

    [Fact]
    public async Task Timer_does_not_keep_an_unused_grain_active_and_stops_with_it()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.FastCollection, TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var grain = silo.Grain<ITickingGrain>(key);
        while ((await grain.Report()).Ticks < 3)
            await Task.Delay(5);

        // A slow machine may collect the grain while the loop above is still calling it; wait for every activation.
        await Eventually.True(() => silo.Host.ActivationCount == 0 && TickingGrain.Deactivations.GetValueOrDefault(key) == TickingGrain.Activations[key],
            "the grain is collected despite its timer");
        var ticks = TickingGrain.Ticks[key];
        await Task.Delay(100);

        Assert.Equal(ticks, TickingGrain.Ticks[key]);
        Assert.False(TickingGrain.TicksAfterDeactivation.ContainsKey(key), "no tick runs after the deactivation turn");
        Assert.Equal(0, silo.Host.ActivationCount);
    }
}

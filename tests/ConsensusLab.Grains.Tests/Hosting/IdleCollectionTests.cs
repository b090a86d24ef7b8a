using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Tests.Hosting.TestGrains;

namespace ConsensusLab.Grains.Tests.Hosting;

public sealed class IdleCollectionTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Unused_grain_is_deactivated_and_a_later_call_activates_a_new_instance()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.FastCollection, TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var grain = silo.Grain<IProbeGrain>(key);
        var first = await grain.Instance();

        await Eventually.True(() => ProbeGrain.Deactivations.GetValueOrDefault(key) == 1, "OnDeactivateAsync ran");

        Assert.Equal(0, silo.Host.ActivationCount);
        Assert.NotEqual(first, await grain.Instance());
        Assert.Equal(2, ProbeGrain.Activations[key]);
    }

    [Fact]
    public async Task Grain_with_a_request_running_is_not_collected()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.FastCollection, TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var grain = silo.Grain<IProbeGrain>(key);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var hold = grain.Hold(started, release.Task);
        await started.Task.WaitAsync(Soon);
        await Task.Delay(400);

        Assert.False(ProbeGrain.Deactivations.ContainsKey(key), "a grain in the middle of a request is in use");
        release.SetResult();
        await hold.WaitAsync(Soon);
        Assert.Equal(1, ProbeGrain.Activations[key]);
        await Eventually.True(() => ProbeGrain.Deactivations.GetValueOrDefault(key) == 1, "the grain is collected once idle");
    }

    [Fact]
    public async Task Grain_called_more_often_than_its_idle_timeout_stays_active()
    {
        // A generous timeout: a loaded test machine can pause the caller for hundreds of milliseconds.
        var options = new GrainHostOptions { IdleTimeout = TimeSpan.FromSeconds(2), CollectionPeriod = TimeSpan.FromMilliseconds(20) };
        await using var silo = await TestSilo.StartAsync(options, TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();
        var grain = silo.Grain<IProbeGrain>(key);

        var instances = new List<Guid>();
        var longestPause = 0L;
        for (var i = 0; i < 25; i++)
        {
            var sent = Environment.TickCount64;
            instances.Add(await grain.Instance());
            await Task.Delay(20);
            longestPause = Math.Max(longestPause, Environment.TickCount64 - sent);
        }

        Assert.True(instances.Distinct().Count() == 1, $"one activation served every call (longest pause between calls: {longestPause} ms)");
        Assert.False(ProbeGrain.Deactivations.ContainsKey(key));
    }
}

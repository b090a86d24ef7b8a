using ConsensusLab.Grains.Tests.Hosting.TestGrains;

namespace ConsensusLab.Grains.Tests.Hosting;

public sealed class TurnTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Requests_run_one_at_a_time_so_no_update_is_lost()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var key = TestGrainTypes.NewKey();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => silo.Grain<IProbeGrain>(key).Increment())));

        Assert.Equal(201, await silo.Grain<IProbeGrain>(key).Increment());
    }

    [Fact]
    public async Task Requests_run_in_the_order_they_were_sent_each_to_completion()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var grain = silo.Grain<IProbeGrain>(TestGrainTypes.NewKey());

        // Sent one after another without waiting for the answers, so the host has them all queued at once.
        var sent = Enumerable.Range(0, 50).Select(grain.Record).ToList();
        await Task.WhenAll(sent);

        Assert.Equal(Enumerable.Range(0, 50).SelectMany(i => new[] { $"start {i}", $"end {i}" }), await grain.Log());
    }

    [Fact]
    public async Task Always_interleave_request_runs_while_a_long_request_awaits_but_others_wait()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var grain = silo.Grain<IProbeGrain>(TestGrainTypes.NewKey());
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var hold = grain.Hold(started, release.Task);
        await started.Task.WaitAsync(Soon);
        var ping = grain.Ping();

        Assert.Equal("holding", await grain.Peek().WaitAsync(Soon));
        await Task.Delay(50);
        Assert.False(ping.IsCompleted, "a request that does not interleave waits for the running one");

        release.SetResult();
        await hold.WaitAsync(Soon);
        Assert.Equal("released", await ping.WaitAsync(Soon));
    }

    [Fact]
    public async Task Interleaved_requests_never_run_in_parallel_with_other_grain_code()
    {
        await using var silo = await TestSilo.StartAsync(grains: TestGrainTypes.Map);
        var grain = silo.Grain<IProbeGrain>(TestGrainTypes.NewKey());

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => i % 2 == 0 ? grain.WorkInterleaved(5) : grain.WorkExclusive(5))));
        var report = await grain.Concurrency();

        Assert.True(report.MaxOpenCalls > 1, "requests did interleave at their awaits");
        Assert.Equal(1, report.MaxInside);
    }
}

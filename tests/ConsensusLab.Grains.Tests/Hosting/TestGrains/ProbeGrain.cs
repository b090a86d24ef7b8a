using System.Collections.Concurrent;
using ConsensusLab.Grains.Hosting;

namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

internal sealed class ProbeGrain : Grain, IProbeGrain
{
    private readonly Guid _instance = Guid.NewGuid();
    private readonly List<string> _log = [];
    private readonly ConcurrencyProbe _probe = new();
    private int _value;
    private string _phase = "idle";

    public ProbeGrain(IGrainContext context) : base(context) { }

    /// <summary>Activations per grain key, counted across instances (statics live in test code only).</summary>
    public static ConcurrentDictionary<string, int> Activations { get; } = new(StringComparer.Ordinal);

    public static ConcurrentDictionary<string, int> Deactivations { get; } = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Activations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        Deactivations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task<Guid> Instance() => Task.FromResult(_instance);

    public async Task<int> Increment()
    {
        var read = _value;
        await Task.Yield();
        _value = read + 1;
        return _value;
    }

    public async Task Record(int ticket)
    {
        _log.Add($"start {ticket}");
        await Task.Yield();
        _log.Add($"end {ticket}");
    }

    public Task<IReadOnlyList<string>> Log() => Task.FromResult<IReadOnlyList<string>>([.. _log]);

    public async Task Hold(TaskCompletionSource started, Task release)
    {
        _phase = "holding";
        started.SetResult();
        await release;
        _phase = "released";
    }

    public Task<string> Ping() => Task.FromResult(_phase);

    public Task<string> Peek() => Task.FromResult(_phase);

    public Task WorkInterleaved(int segments) => Work(segments);

    public Task WorkExclusive(int segments) => Work(segments);

    public Task<ConcurrencyReport> Concurrency() => Task.FromResult(_probe.Report);

    public Task Throw(string message) => throw new InvalidOperationException(message);

    public async Task<int> ThrowAfterAwait(string message)
    {
        await Task.Delay(1);
        throw new TimeoutException(message);
    }

    private async Task Work(int segments)
    {
        _probe.CallStarted();
        for (var i = 0; i < segments; i++)
        {
            _probe.Segment();
            // A real wait, so that other requests arrive while this one is between its awaits.
            if (i % 2 == 0)
                await Task.Yield();
            else
                await Task.Delay(1);
        }
        _probe.Segment();
        _probe.CallEnded();
    }
}

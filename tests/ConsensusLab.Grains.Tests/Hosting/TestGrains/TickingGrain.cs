using System.Collections.Concurrent;
using ConsensusLab.Grains.Hosting;

namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

internal sealed class TickingGrain : Grain, ITickingGrain
{
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(5);

    private readonly ConcurrencyProbe _probe = new();
    private bool _inRequest;
    private bool _deactivated;
    private int _ticks;
    private int _ticksInsideRequests;

    public TickingGrain(IGrainContext context) : base(context) { }

    /// <summary>Ticks per grain key, across activations.</summary>
    public static ConcurrentDictionary<string, int> Ticks { get; } = new(StringComparer.Ordinal);

    /// <summary>Ticks that ran after the activation's deactivation turn had begun.</summary>
    public static ConcurrentDictionary<string, int> TicksAfterDeactivation { get; } = new(StringComparer.Ordinal);

    public static ConcurrentDictionary<string, int> Deactivations { get; } = new(StringComparer.Ordinal);

    public static ConcurrentDictionary<string, int> Activations { get; } = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Activations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        Context.RegisterTimer(Tick, Period);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        _deactivated = true;
        Deactivations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public async Task Work()
    {
        _inRequest = true;
        _probe.Segment();
        await Task.Yield();
        _probe.Segment();
        await Task.Delay(1);
        _probe.Segment();
        _inRequest = false;
    }

    public Task<TickReport> Report() => Task.FromResult(new TickReport(_ticks, _ticksInsideRequests, _probe.Report));

    private async Task Tick()
    {
        if (_inRequest)
            _ticksInsideRequests++;
        if (_deactivated)
            TicksAfterDeactivation.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        _probe.Segment();
        await Task.Yield();
        _probe.Segment();
        _ticks++;
        Ticks.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
    }
}

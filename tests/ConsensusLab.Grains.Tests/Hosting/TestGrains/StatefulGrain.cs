using System.Collections.Concurrent;
using ConsensusLab.Grains.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

internal sealed class StatefulGrain : Grain, IStatefulGrain
{
    private readonly IPersistentState<CounterState> _state;
    private readonly ILogger<StatefulGrain> _logger;

    public StatefulGrain(IGrainContext context, ILogger<StatefulGrain> logger) : base(context)
    {
        _state = context.PersistentState<CounterState>(CounterState.Name);
        _logger = logger;
    }

    public static ConcurrentDictionary<string, int> Activations { get; } = new(StringComparer.Ordinal);

    public static ConcurrentDictionary<string, int> Deactivations { get; } = new(StringComparer.Ordinal);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Activations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        await _state.ReadStateAsync(cancellationToken);
    }

    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        Deactivations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public async Task<int> Add(int amount)
    {
        await _state.CommitAsync(_state.State with { Value = _state.State.Value + amount }, Context, _logger);
        return _state.State.Value;
    }

    public Task<int> Get() => Task.FromResult(_state.State.Value);
}

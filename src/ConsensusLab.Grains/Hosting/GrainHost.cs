using System.Collections.Concurrent;
using System.Reflection;
using ConsensusLab.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Grains.Hosting;

/// <summary>
/// Our in-process stand-in for an Orleans silo: a directory with at most one activation per grain, request dispatch,
/// and idle collection. It is deliberately no more than that: no cluster, no placement, no membership.
/// </summary>
public sealed class GrainHost : IGrainFactory, IAsyncDisposable
{
    private readonly ConcurrentDictionary<GrainId, Lazy<GrainActivation>> _activations = new();
    private readonly ConcurrentDictionary<GrainId, Task> _retiring = new();
    private readonly IServiceProvider _services;
    private readonly GrainTypeMap _types;
    private readonly GrainHostOptions _options;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _collector;
    private int _disposed;

    public GrainHost(IServiceProvider services, GrainTypeMap types, IGrainStateStore stateStore, GrainHostOptions options, ILogger<GrainHost> logger)
    {
        _services = services;
        _types = types;
        _options = options;
        StateStore = stateStore;
        Logger = logger;
        _collector = CollectIdleAsync(_stop.Token);
    }

    internal IGrainStateStore StateStore { get; }

    internal ILogger Logger { get; }

    /// <summary>How many grains are active now.</summary>
    public int ActivationCount => _activations.Count;

    public TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey =>
        GrainReference.Create<TGrainInterface>(this, new GrainId(typeof(TGrainInterface), key));

    internal object Dispatch(GrainId id, MethodInfo method, object?[]? args) => GrainMethod.For(method).Send(this, id, args);

    internal async Task<T> InvokeAsync<T>(GrainId id, Func<Grain, Task<T>> call, bool interleave)
    {
        while (true)
        {
            var activation = _activations.GetOrAdd(id, NewActivation).Value;
            if (!activation.TryEnter())
            {
                // Retiring: it leaves the directory in a moment and the next lookup activates afresh.
                await Task.Yield();
                continue;
            }
            try
            {
                return await activation.RunAsync(call, interleave).ConfigureAwait(false);
            }
            catch when (activation.ActivationFailed)
            {
                Deactivate(activation);
                throw;
            }
            finally
            {
                activation.Exit();
            }
        }
    }

    /// <summary>
    /// Deactivates this process's activation of the grain, if there is one, once its running requests finish: another
    /// node changed the grain's state, so the next call here loads it afresh (Orleans would never have two activations;
    /// several of our hosts on one database can, and this is how they stay honest).
    /// </summary>
    public void DeactivateIfActive(Type grainInterface, string key)
    {
        if (_activations.TryGetValue(new GrainId(grainInterface, key), out var entry) && entry.IsValueCreated && entry.Value.RequestDeactivation())
            Deactivate(entry.Value);
    }

    internal Grain CreateGrain(GrainId id, IGrainContext context) =>
        (Grain)ActivatorUtilities.CreateInstance(_services, _types.ImplementationOf(id.Interface), context);

    /// <summary>Retires an activation now (after its running requests) and takes it out of the directory.</summary>
    internal void Deactivate(GrainActivation activation) => Retire(activation, onlyIfIdle: false);

    private Lazy<GrainActivation> NewActivation(GrainId id) =>
        new(() => new GrainActivation(this, id, _retiring.GetValueOrDefault(id, Task.CompletedTask)));

    private void Retire(GrainActivation activation, bool onlyIfIdle)
    {
        if (activation.TryRetire(onlyIfIdle) is not { } retired)
            return;
        // Publish the retirement before leaving the directory, so a successor always waits for it.
        _retiring[activation.Id] = retired;
        if (_activations.TryGetValue(activation.Id, out var current) && current.IsValueCreated && current.Value == activation)
            _activations.TryRemove(new(activation.Id, current));
        _ = retired.ContinueWith(_ => _retiring.TryRemove(new(activation.Id, retired)), TaskScheduler.Default);
    }

    private async Task CollectIdleAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(_options.CollectionPeriod);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
                foreach (var entry in _activations.Values.Where(a => a.IsValueCreated && a.Value.IsIdle(_options.IdleTimeout)))
                    Retire(entry.Value, onlyIfIdle: true);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    /// <summary>Deactivates every grain. A tidy shutdown only: durability never depends on it.</summary>
    public async ValueTask DisposeAsync()
    {
        // The container disposes the host once for each service it is registered as.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        await _stop.CancelAsync();
        await _collector;
        foreach (var entry in _activations.Values.Where(a => a.IsValueCreated))
            Retire(entry.Value, onlyIfIdle: false);
        await Task.WhenAll(_retiring.Values);
        _stop.Dispose();
    }
}

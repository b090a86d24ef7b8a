using Microsoft.Extensions.Logging;

namespace ConsensusLab.Grains.Hosting;

/// <summary>
/// One activation of one grain. All of the grain's code runs on an exclusive scheduler, one piece at a time, and
/// awaits inside grain code resume on it, so grain code needs no locks. A request starts only when the previous
/// request has finished, unless its method is <see cref="AlwaysInterleaveAttribute"/>, in which case it may run
/// between the awaits of another; timers are turns too. The locks below guard the host's bookkeeping, never grain state.
/// </summary>
internal sealed class GrainActivation : IGrainContext
{
    private readonly object _gate = new();
    private readonly TaskFactory _turns = new(new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler);
    private readonly GrainHost _host;
    private readonly List<GrainTimer> _timers = [];
    private readonly Task _activated;
    private Task _tail;
    private int _running;
    private long _lastActive = Environment.TickCount64;
    private bool _retired;
    private bool _deactivateRequested;
    private Grain? _grain;

    public GrainActivation(GrainHost host, GrainId id, Task predecessorRetired)
    {
        _host = host;
        Id = id;
        _activated = _turns.StartNew(() => ActivateAsync(predecessorRetired)).Unwrap();
        _tail = Settled(_activated);
    }

    public GrainId Id { get; }

    public string Key => Id.Key;

    public IGrainFactory GrainFactory => _host;

    public bool ActivationFailed => _activated.IsFaulted || _activated.IsCanceled;

    private Grain Instance => _grain ?? throw new InvalidOperationException($"{Id} is not activated.");

    private async Task ActivateAsync(Task predecessorRetired)
    {
        // Orleans' single-activation guarantee: a new activation starts only after the previous one has finished.
        await predecessorRetired;
        _grain = _host.CreateGrain(Id, this);
        await _grain.OnActivateAsync(CancellationToken.None);
    }

    /// <summary>Counts a request in; false when the activation is retiring and the caller must find a fresh one.</summary>
    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_retired)
                return false;
            _running++;
            _lastActive = Environment.TickCount64;
            return true;
        }
    }

    public void Exit()
    {
        bool retireNow;
        lock (_gate)
        {
            _running--;
            _lastActive = Environment.TickCount64;
            retireNow = _deactivateRequested && _running == 0;
        }
        if (retireNow)
            _host.Deactivate(this);
    }

    public Task<T> RunAsync<T>(Func<Grain, Task<T>> call, bool interleave)
    {
        if (interleave)
            return RunInterleavedAsync(call);
        lock (_gate)
        {
            var task = RunAfterAsync(_tail, call);
            _tail = Settled(task);
            return task;
        }
    }

    public async Task RunTimerTurnAsync(Func<Task> callback)
    {
        try
        {
            await RunAsync(async _ => { await callback(); return true; }, interleave: false).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _host.Logger.LogError(e, "Timer of {GrainId} failed", Id);
        }
    }

    private async Task<T> RunAfterAsync<T>(Task previous, Func<Grain, Task<T>> call)
    {
        await previous.ConfigureAwait(false);
        return await RunInterleavedAsync(call).ConfigureAwait(false);
    }

    private async Task<T> RunInterleavedAsync<T>(Func<Grain, Task<T>> call)
    {
        await _activated.ConfigureAwait(false);
        return await _turns.StartNew(() => call(Instance)).Unwrap().ConfigureAwait(false);
    }

    /// <summary>True when no request ran for <paramref name="idleFor"/> and none is running.</summary>
    public bool IsIdle(TimeSpan idleFor)
    {
        lock (_gate)
            return !_retired && _running == 0 && Environment.TickCount64 - _lastActive >= idleFor.TotalMilliseconds;
    }

    /// <summary>Stops taking requests and runs the deactivation turn after the running ones; null if busy or retired.</summary>
    public Task? TryRetire(bool onlyIfIdle)
    {
        Task tail;
        lock (_gate)
        {
            if (_retired || (onlyIfIdle && _running > 0))
                return null;
            _retired = true;
            tail = _tail;
        }
        foreach (var timer in _timers)
            timer.Dispose();
        return RetireAfterAsync(tail);
    }

    private async Task RetireAfterAsync(Task tail)
    {
        await tail.ConfigureAwait(false);
        if (ActivationFailed)
            return;
        try
        {
            await _turns.StartNew(() => Instance.OnDeactivateAsync(CancellationToken.None)).Unwrap().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _host.Logger.LogError(e, "Deactivation of {GrainId} failed", Id);
        }
    }

    public IPersistentState<TState> PersistentState<TState>(string stateName) where TState : class, new() =>
        new PersistentState<TState>(_host.StateStore, stateName, Key);

    public IDisposable RegisterTimer(Func<Task> callback, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback, period);
        _timers.Add(timer);
        return timer;
    }

    public void DeactivateOnIdle()
    {
        lock (_gate)
            _deactivateRequested = true;
    }

    /// <summary>Asks for deactivation after the running requests; true when none runs, so it may retire at once.</summary>
    public bool RequestDeactivation()
    {
        lock (_gate)
        {
            _deactivateRequested = true;
            return _running == 0;
        }
    }

    private static Task Settled(Task task) =>
        task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}

namespace ConsensusLab.Grains.Hosting;

/// <summary>What the host gives one activation: its key, its persistent state, its timers (Orleans: IGrainContext).</summary>
public interface IGrainContext
{
    string Key { get; }

    IGrainFactory GrainFactory { get; }

    /// <summary>The grain's persistent state of the given name; read it in OnActivateAsync.</summary>
    IPersistentState<TState> PersistentState<TState>(string stateName) where TState : class, new();

    /// <summary>
    /// Calls <paramref name="callback"/> every <paramref name="period"/> as a turn of this grain. A timer does not keep
    /// the grain active and skips a tick while the previous one still runs (Orleans: RegisterGrainTimer).
    /// </summary>
    IDisposable RegisterTimer(Func<Task> callback, TimeSpan period);

    /// <summary>Deactivates the grain once its running requests finish, e.g. after a state conflict.</summary>
    void DeactivateOnIdle();
}

namespace ConsensusLab.Storage;

/// <summary>Grain state, one row per grain, written with optimistic concurrency on an integer version.</summary>
public interface IGrainStateStore
{
    /// <summary>The grain's state, or null when it was never written.</summary>
    Task<StoredState?> ReadAsync(string grainType, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the state if the stored version still equals <paramref name="expectedVersion"/> (0: no row yet) and
    /// returns the new version; durable when the task completes.
    /// </summary>
    /// <exception cref="StateVersionConflictException">Another writer got there first.</exception>
    Task<long> WriteAsync(string grainType, string key, string payload, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Every stored state of one grain type, for listings.</summary>
    IAsyncEnumerable<StoredState> ReadAllAsync(string grainType, CancellationToken cancellationToken);
}

namespace ConsensusLab.Storage;

/// <summary>
/// Grain state, one row per grain and state name, written with optimistic concurrency on an integer version. Rows
/// are keyed by the grain's full id ("question/ABC123/q1"), so grains of different types never share a row.
/// </summary>
public interface IGrainStateStore
{
    /// <summary>The grain's state, or null when it was never written (or was cleared).</summary>
    Task<StoredState?> ReadAsync(string stateName, string grainId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the state if the stored version still equals <paramref name="expectedVersion"/> (0: no row yet) and
    /// returns the new version; durable when the task completes.
    /// </summary>
    /// <exception cref="StateVersionConflictException">Another writer got there first.</exception>
    Task<long> WriteAsync(string stateName, string grainId, string payload, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes the state if the stored version still equals <paramref name="expectedVersion"/>; durable when the task completes.</summary>
    /// <exception cref="StateVersionConflictException">Another writer changed or deleted it first.</exception>
    Task DeleteAsync(string stateName, string grainId, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Every stored state of one name (every session, say), for listings.</summary>
    IAsyncEnumerable<StoredState> ReadAllAsync(string stateName, CancellationToken cancellationToken);
}

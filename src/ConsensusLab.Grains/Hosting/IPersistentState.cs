namespace ConsensusLab.Grains.Hosting;

/// <summary>A grain's persisted state with optimistic concurrency (Orleans: IPersistentState&lt;T&gt;).</summary>
public interface IPersistentState<TState> where TState : class
{
    TState State { get; set; }

    /// <summary>The stored version the next write must still find (Orleans: Etag); 0 before the first write.</summary>
    long Version { get; }

    bool RecordExists { get; }

    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes <see cref="State"/>; durable when the task completes.</summary>
    /// <exception cref="Storage.StateVersionConflictException">Another activation wrote first: reload, re-evaluate.</exception>
    Task WriteStateAsync(CancellationToken cancellationToken = default);
}

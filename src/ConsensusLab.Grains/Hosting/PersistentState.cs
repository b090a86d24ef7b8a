using System.Text.Json;
using ConsensusLab.Storage;

namespace ConsensusLab.Grains.Hosting;

/// <summary>A grain's state row: read on activation, written with the version it was read at.</summary>
internal sealed class PersistentState<TState>(IGrainStateStore store, string grainType, string key) : IPersistentState<TState>
    where TState : class, new()
{
    public TState State { get; set; } = new();

    public long Version { get; private set; }

    public bool RecordExists => Version > 0;

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var stored = await store.ReadAsync(grainType, key, cancellationToken);
        State = stored is null ? new() : JsonSerializer.Deserialize<TState>(stored.Payload, GrainStateJson.Options) ?? new();
        Version = stored?.Version ?? 0;
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.Serialize(State, GrainStateJson.Options);
        Version = await store.WriteAsync(grainType, key, payload, Version, cancellationToken);
    }
}

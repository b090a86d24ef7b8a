using System.Globalization;
using System.Text.Json;
using ConsensusLab.Storage;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace ConsensusLab.Grains.Storage;

/// <summary>
/// Orleans grain storage over ConsensusLab's own store (SQLite or PostgreSQL), so that grain state commits through the
/// same group-committing writer as the ledger. Rows are keyed by the state's name and the grain's full id; the stored
/// version is the ETag, and a write or clear that names another version fails with
/// <see cref="InconsistentStateException"/>, which tells the grain another activation wrote first. State is plain
/// camel-case JSON (<see cref="GrainStateJson"/>), readable in the database and by the command-line exports.
/// </summary>
internal sealed class StoreGrainStorage(IGrainStateStore store) : IGrainStorage
{
    /// <summary>The name grains give this storage in [PersistentState].</summary>
    public const string Name = "store";

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var stored = await store.ReadAsync(stateName, grainId.ToString(), CancellationToken.None);
        grainState.State = stored is null ? Activator.CreateInstance<T>() : Deserialize<T>(stored.Payload);
        grainState.ETag = stored is null ? null : ETag(stored.Version);
        grainState.RecordExists = stored is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = JsonSerializer.Serialize(grainState.State, GrainStateJson.Options);
        try
        {
            var version = await store.WriteAsync(stateName, grainId.ToString(), payload, Version(grainState.ETag), CancellationToken.None);
            grainState.ETag = ETag(version);
            grainState.RecordExists = true;
        }
        catch (StateVersionConflictException conflict)
        {
            throw Inconsistent(conflict, grainState.ETag);
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (grainState.ETag is not null)
        {
            try
            {
                await store.DeleteAsync(stateName, grainId.ToString(), Version(grainState.ETag), CancellationToken.None);
            }
            catch (StateVersionConflictException conflict)
            {
                throw Inconsistent(conflict, grainState.ETag);
            }
        }
        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static T Deserialize<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, GrainStateJson.Options) ?? Activator.CreateInstance<T>();

    private static string ETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static long Version(string? etag) => etag is null ? 0 : long.Parse(etag, CultureInfo.InvariantCulture);

    private static InconsistentStateException Inconsistent(StateVersionConflictException conflict, string? etag) =>
        new(conflict.Message, storedEtag: null, currentEtag: etag, conflict);
}

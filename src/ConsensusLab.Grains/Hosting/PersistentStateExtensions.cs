using ConsensusLab.Storage;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Grains.Hosting;

public static class PersistentStateExtensions
{
    /// <summary>
    /// Makes <paramref name="changed"/> the state and writes it. If the write fails the state stays as it was; on a
    /// version conflict the activation is stale, so it deactivates and the next call reloads (never a blind retry).
    /// </summary>
    public static async Task CommitAsync<TState>(this IPersistentState<TState> state, TState changed, IGrainContext context, ILogger logger)
        where TState : class
    {
        var before = state.State;
        state.State = changed;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            state.State = before;
            if (e is StateVersionConflictException conflict)
            {
                logger.LogWarning("State of {GrainKey} changed elsewhere: expected version {ExpectedVersion}; deactivating to reload",
                    context.Key, conflict.ExpectedVersion);
                context.DeactivateOnIdle();
            }
            throw;
        }
    }
}

using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Storage;

namespace ConsensusLab.Grains;

internal static class StateUpdates
{
    /// <summary>
    /// Applies <paramref name="change"/> to the state and writes it before returning; a change that leaves the state
    /// equal writes nothing. The new state is in place before the write is awaited, so interleaved calls already see
    /// it (a question being closed takes no more answers); if the write fails, the state is put back. When another
    /// activation wrote first (a failover can briefly leave two), the state is reloaded and the change re-evaluated
    /// against it, never blindly retried: it may now be refused, or be no change at all. A second conflict escapes,
    /// and Orleans then deactivates this activation.
    /// </summary>
    public static async Task UpdateAsync<TState>(this IPersistentState<TState> state, Func<TState, TState> change, ILogger logger)
    {
        try
        {
            await WriteAsync(state, change(state.State));
        }
        catch (InconsistentStateException conflict)
        {
            var expected = state.Etag;
            await state.ReadStateAsync();
            logger.LogWarning(conflict, "State written elsewhere: expected version {ExpectedVersion}, stored {StoredVersion}; re-evaluating",
                expected, state.Etag);
            await WriteAsync(state, change(state.State));
        }
    }

    private static async Task WriteAsync<TState>(IPersistentState<TState> state, TState changed)
    {
        var before = state.State;
        if (EqualityComparer<TState>.Default.Equals(changed, before))
            return;
        state.State = changed;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = before;
            throw;
        }
    }
}

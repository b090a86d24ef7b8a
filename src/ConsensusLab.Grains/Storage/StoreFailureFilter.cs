using System.Data.Common;
using Orleans;

namespace ConsensusLab.Grains.Storage;

/// <summary>
/// Turns a store that fails or does not answer, wherever a grain met it (the ledger, the participant store, grain
/// state), into <see cref="StoreUnavailableException"/>: one exception every silo and front door knows, where the
/// driver's own exceptions are neither meant to cross silos nor to be told apart by the API.
/// </summary>
internal sealed class StoreFailureFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        // Drivers report their timeouts as DbException; the writers refuse with ObjectDisposedException once closing.
        catch (Exception e) when (e is DbException or ObjectDisposedException { ObjectName: "SqliteWriter" or "PostgresWriter" })
        {
            throw new StoreUnavailableException($"The store is unavailable: {e.Message}", e);
        }
    }
}

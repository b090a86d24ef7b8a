using Orleans;

namespace ConsensusLab.Grains;

/// <summary>
/// The store did not answer in time, or failed the write: nothing of the command is acknowledged, and the same
/// command (the same request id) may be sent again once the store is back. The API answers 503 with Retry-After.
/// </summary>
[GenerateSerializer, Alias("consensuslab.StoreUnavailableException")]
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException() : base("The store is unavailable.") { }

    public StoreUnavailableException(string message) : base(message) { }

    public StoreUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}

namespace ConsensusLab.Storage;

/// <summary>
/// How long the store may take before a call fails: a live room would rather be told "try again" in seconds than wait
/// on a frozen database for the driver's default half minute.
/// </summary>
/// <param name="Connect">Opening a connection, handshake included.</param>
/// <param name="Command">One statement (or one batch of a group commit, or its COMMIT).</param>
public sealed record StoreTimeouts(TimeSpan Connect, TimeSpan Command)
{
    public static StoreTimeouts Default { get; } = new(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5));
}

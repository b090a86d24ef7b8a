namespace ConsensusLab.Storage;

/// <summary>
/// How long the store may take before a call fails: a live room would rather be told "try again" in seconds than wait
/// on a frozen database for the driver's default half minute. On a hung PostgreSQL a statement fails after about
/// <see cref="Command"/> + 2 × <see cref="Connect"/>: when its timeout expires Npgsql delivers a cancellation request
/// over a new connection, and waits for the server to take it. The defaults keep that (8 s) below the grain call
/// timeout (Orleans:ResponseTimeout, 10 s), so the request learns that the store failed, not that a call timed out.
/// </summary>
/// <param name="Connect">Opening a connection, handshake included.</param>
/// <param name="Command">One statement (or one batch of a group commit, or its COMMIT).</param>
public sealed record StoreTimeouts(TimeSpan Connect, TimeSpan Command)
{
    public static StoreTimeouts Default { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));

    /// <summary>
    /// How long a PostgreSQL session may sit in a transaction between statements before the server ends it (and rolls
    /// the transaction back): a writer waits that long at most between its batch's statements and their COMMIT, even
    /// if its silo froze or lost the network in between.
    /// </summary>
    public TimeSpan IdleInTransaction => Command;

    /// <summary>
    /// The longest an append's transaction may commit after it drew its sequence on PostgreSQL: the rest of its batch
    /// statement and the COMMIT, each ended by the silo after <see cref="Command"/> plus a cancellation request, and
    /// the pause between them, ended by the server after <see cref="IdleInTransaction"/> (20 s with the defaults).
    /// </summary>
    public TimeSpan LateCommit => 2 * (Command + 2 * Connect) + IdleInTransaction;
}

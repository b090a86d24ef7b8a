using Npgsql;

namespace ConsensusLab.Storage.Postgres;

/// <summary>What the PostgreSQL writer does with a write: one statement in the batch, its result set, its outcome.</summary>
internal interface IPostgresWrite
{
    /// <summary>
    /// The write's statement with its parameters. Every statement returns a result set (RETURNING), so the batch's
    /// result sets line up one to one with its writes.
    /// </summary>
    NpgsqlBatchCommand CreateCommand();

    /// <summary>Reads this write's result set; the transaction is still open, so nothing is acknowledged yet.</summary>
    Task ReadAsync(NpgsqlDataReader reader);

    /// <summary>When one statement fails, the batch runs again without it, and every other write starts afresh.</summary>
    void Reset();

    void Fail(Exception failure);

    void Complete(Exception? batchFailure);
}

/// <summary>A PostgreSQL write whose caller awaits a result after the commit.</summary>
internal abstract class PostgresWrite<TResult> : GroupCommitWrite<TResult>, IPostgresWrite
{
    public abstract NpgsqlBatchCommand CreateCommand();

    public abstract Task ReadAsync(NpgsqlDataReader reader);
}

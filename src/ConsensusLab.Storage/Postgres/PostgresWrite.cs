using Npgsql;

namespace ConsensusLab.Storage.Postgres;

/// <summary>
/// One write that joins a group commit: a single statement in the batch's transaction whose caller learns the
/// outcome only after the transaction commits, so nobody is told "done" before the data is durable.
/// </summary>
internal abstract class PostgresWrite
{
    private Exception? _failure;

    /// <summary>
    /// The write's statement with its parameters. Every statement returns a result set (RETURNING), so the batch's
    /// result sets line up one to one with its writes.
    /// </summary>
    public abstract NpgsqlBatchCommand CreateCommand();

    /// <summary>Reads this write's result set; the transaction is still open, so nothing is acknowledged yet.</summary>
    public abstract Task ReadAsync(NpgsqlDataReader reader);

    /// <summary>
    /// Forgets the outcome of an attempt that was rolled back: when one statement fails, the batch runs again
    /// without it, and every other write's outcome (a version conflict, a sequence) is decided afresh.
    /// </summary>
    public void Reset() => _failure = null;

    /// <summary>A failure of this write alone (a constraint, a version conflict): the rest of the batch commits.</summary>
    public void Fail(Exception failure) => _failure = failure;

    /// <summary>Called after the batch committed (or with the failure that stopped the whole batch).</summary>
    public void Complete(Exception? batchFailure)
    {
        if ((batchFailure ?? _failure) is { } failure)
            SetFailed(failure);
        else
            SetSucceeded();
    }

    protected abstract void SetSucceeded();

    protected abstract void SetFailed(Exception failure);
}

/// <summary>A write whose caller awaits a result.</summary>
internal abstract class PostgresWrite<TResult> : PostgresWrite
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TResult? _result;

    public Task<TResult> Completion => _completion.Task;

    protected void SetResult(TResult result) => _result = result;

    protected override void SetSucceeded() => _completion.TrySetResult(_result!);

    protected override void SetFailed(Exception failure) => _completion.TrySetException(failure);
}

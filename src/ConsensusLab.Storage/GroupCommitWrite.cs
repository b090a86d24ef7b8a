namespace ConsensusLab.Storage;

/// <summary>
/// The outcome of one write that joins a group commit, whatever the engine: the write may fail alone (a constraint, a
/// version conflict) while the rest of the batch commits, and its caller learns the outcome only after the batch's
/// transaction commits, so nobody is told "done" before the data is durable.
/// </summary>
internal abstract class GroupCommitWrite<TResult>
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Exception? _failure;
    private TResult? _result;

    public Task<TResult> Completion => _completion.Task;

    /// <summary>A failure of this write alone: the rest of the batch commits.</summary>
    public void Fail(Exception failure) => _failure = failure;

    /// <summary>
    /// Forgets the outcome of an attempt that was rolled back, so that a batch run again decides it afresh (a version
    /// conflict, a sequence).
    /// </summary>
    public void Reset() => _failure = null;

    /// <summary>Called after the batch committed, or with the failure that stopped the whole batch.</summary>
    public void Complete(Exception? batchFailure)
    {
        if ((batchFailure ?? _failure) is { } failure)
            _completion.TrySetException(failure);
        else
            _completion.TrySetResult(_result!);
    }

    protected void SetResult(TResult result) => _result = result;
}

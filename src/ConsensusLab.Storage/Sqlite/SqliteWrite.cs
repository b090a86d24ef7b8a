using Microsoft.Data.Sqlite;

namespace ConsensusLab.Storage.Sqlite;

/// <summary>
/// One write that joins a group commit: it runs inside the batch's transaction and learns the outcome only after the
/// transaction commits, so nobody is told "done" before the data is durable.
/// </summary>
internal abstract class SqliteWrite
{
    private Exception? _failure;

    /// <summary>Runs the write's statements; the batch's transaction is open.</summary>
    public abstract void Execute(SqliteBatch batch);

    /// <summary>A failure of this write alone (a constraint, a version conflict): the rest of the batch commits.</summary>
    public void Fail(Exception failure) => _failure = failure;

    /// <summary>Called after the batch committed (or with the commit's failure).</summary>
    public void Complete(Exception? commitFailure)
    {
        if ((commitFailure ?? _failure) is { } failure)
            SetFailed(failure);
        else
            SetSucceeded();
    }

    protected abstract void SetSucceeded();

    protected abstract void SetFailed(Exception failure);
}

/// <summary>A write whose caller awaits a result.</summary>
internal abstract class SqliteWrite<TResult> : SqliteWrite
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TResult? _result;

    public Task<TResult> Completion => _completion.Task;

    protected void SetResult(TResult result) => _result = result;

    protected override void SetSucceeded() => _completion.TrySetResult(_result!);

    protected override void SetFailed(Exception failure) => _completion.TrySetException(failure);
}

/// <summary>The open transaction of a group commit, with its commands prepared once per batch.</summary>
internal sealed class SqliteBatch(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The prepared command for a script, with its parameters cleared of the previous write's values.</summary>
    public SqliteCommand Command(string script)
    {
        if (!_commands.TryGetValue(script, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SqlScripts.Get(SqliteDatabase.Provider, script);
            _commands.Add(script, command);
        }
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
    }
}

using Microsoft.Data.Sqlite;

namespace ConsensusLab.Storage.Sqlite;

/// <summary>What the SQLite writer does with a write: run its statements in the batch's transaction, then complete it.</summary>
internal interface ISqliteWrite
{
    /// <summary>Runs the write's statements; the batch's transaction is open.</summary>
    void Execute(SqliteBatch batch);

    void Fail(Exception failure);

    void Complete(Exception? batchFailure);
}

/// <summary>A SQLite write whose caller awaits a result after the commit.</summary>
internal abstract class SqliteWrite<TResult> : GroupCommitWrite<TResult>, ISqliteWrite
{
    public abstract void Execute(SqliteBatch batch);
}

/// <summary>
/// The open transaction of a group commit, with its commands prepared once per batch and the hot statements (see
/// <see cref="SqliteStatement"/>) once per connection.
/// </summary>
internal sealed class SqliteBatch(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, SqliteStatement> statements)
    : IDisposable
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

    /// <summary>The connection's persistent statement for a script; it runs in this batch's transaction.</summary>
    public SqliteStatement Statement(string script)
    {
        if (!statements.TryGetValue(script, out var statement))
        {
            statement = new SqliteStatement(connection, script);
            statements.Add(script, statement);
        }
        return statement;
    }

    /// <summary>The row id of the batch's last insert; the writer owns its connection, so it is the caller's own.</summary>
    public long LastInsertRowId => SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle);

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
    }
}

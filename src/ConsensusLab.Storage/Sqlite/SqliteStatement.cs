using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConsensusLab.Storage.Sqlite;

/// <summary>
/// One statement of the writer's connection, compiled once and kept for the connection's life (SQLITE_PREPARE_PERSISTENT):
/// the hot append binds and steps it directly, skipping the command, reader and parameter objects that
/// Microsoft.Data.Sqlite builds on every execution, which the answer path's profile showed costing more than the insert.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, int> _parameters = new(StringComparer.Ordinal);

    public SqliteStatement(SqliteConnection connection, string script)
    {
        _db = connection.Handle!;
        var rc = raw.sqlite3_prepare_v3(_db, SqlScripts.Get(SqliteDatabase.Provider, script), raw.SQLITE_PREPARE_PERSISTENT, out _statement, out _);
        SqliteException.ThrowExceptionForRC(rc, _db);
        for (var i = 1; i <= raw.sqlite3_bind_parameter_count(_statement); i++)
            _parameters.Add(raw.sqlite3_bind_parameter_name(_statement, i).utf8_to_string(), i);
    }

    public void Bind(string name, string? value) => Check(value is null
        ? raw.sqlite3_bind_null(_statement, _parameters[name])
        : raw.sqlite3_bind_text(_statement, _parameters[name], value));

    public void Bind(string name, long value) => Check(raw.sqlite3_bind_int64(_statement, _parameters[name], value));

    /// <summary>Runs the statement to its end and readies it for the next write; a failure (a constraint) throws.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        // Reset before throwing: a statement left mid-step would keep its transaction's locks and its bindings.
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
        if (rc != raw.SQLITE_DONE)
            SqliteException.ThrowExceptionForRC(rc, _db);
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);

    public void Dispose() => _statement.Dispose();
}

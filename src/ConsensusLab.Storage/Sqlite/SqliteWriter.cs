using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Storage.Sqlite;

/// <summary>
/// The database's single writer. Writes queue up while the previous transaction commits and then commit together
/// (group commit), so one fsync covers many answers; every write's caller learns of success only after its commit.
/// Checkpoints run between batches, after the callers have been told (see <see cref="SqliteCheckpoints"/>).
/// </summary>
internal sealed class SqliteWriter : IAsyncDisposable
{
    private const int MaxBatch = 1024;
    private readonly Channel<ISqliteWrite> _queue = Channel.CreateUnbounded<ISqliteWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteStatement> _statements = new(StringComparer.Ordinal);
    private readonly SqliteCheckpoints _checkpoints;
    private readonly Task _loop;

    public SqliteWriter(SqliteConnection connection, SqliteCheckpoints checkpoints, ILogger logger)
    {
        _connection = connection;
        _checkpoints = checkpoints;
        Outage = new StoreOutage("SQLite", logger);
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public StoreOutage Outage { get; }

    public void Enqueue(ISqliteWrite write)
    {
        if (!_queue.Writer.TryWrite(write))
            write.Complete(new ObjectDisposedException(nameof(SqliteWriter), "The database is closing."));
    }

    private void Run()
    {
        var batch = new List<ISqliteWrite>(MaxBatch);
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
                batch.Add(write);
            Commit(batch);
            batch.Clear();
        }
    }

    private void Commit(List<ISqliteWrite> writes)
    {
        Exception? commitFailure = null;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            using var transaction = _connection.BeginTransaction();
            using (var batch = new SqliteBatch(_connection, transaction, _statements))
            {
                foreach (var write in writes)
                {
                    try
                    {
                        write.Execute(batch);
                    }
                    catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
                    {
                        // A constraint aborts only its own statement in SQLite; the rest of the batch stays valid.
                        write.Fail(e);
                    }
                }
            }
            transaction.Commit();
            StoreMetrics.Committed(SqliteDatabase.Provider, writes.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            Outage.Succeeded();
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            // A full disk, a locked or broken file: the whole batch fails, its callers answer 503, and the next batch tries again.
            Outage.Failed(e);
            commitFailure = e;
        }
        foreach (var write in writes)
            write.Complete(commitFailure);
        if (commitFailure is null)
            _checkpoints.AfterCommit();
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        foreach (var statement in _statements.Values)
            statement.Dispose();
    }
}

using System.Data;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConsensusLab.Storage.Postgres;

/// <summary>
/// The silo's single writer. Writes queue up while the previous transaction commits and then go to the server
/// together, as one batch in one transaction (group commit): the same two round trips (statements, COMMIT) and
/// one WAL flush cover any number of answers, and every caller learns of success only after COMMIT
/// returned.
/// </summary>
internal sealed class PostgresWriter : IAsyncDisposable
{
    private const int MaxBatch = 1024;
    private readonly Channel<IPostgresWrite> _queue = Channel.CreateUnbounded<IPostgresWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private NpgsqlConnection? _connection;

    public PostgresWriter(NpgsqlDataSource dataSource, ILogger logger)
    {
        _dataSource = dataSource;
        _logger = logger;
        Outage = new StoreOutage("PostgreSQL", logger);
        _loop = Task.Run(RunAsync);
    }

    public StoreOutage Outage { get; }

    public void Enqueue(IPostgresWrite write)
    {
        if (!_queue.Writer.TryWrite(write))
            write.Complete(new ObjectDisposedException(nameof(PostgresWriter), "The database is closing."));
    }

    // Started commits are never cancelled: a caller's token stops its wait, not the write (as with SQLite).
    private async Task RunAsync()
    {
        var batch = new List<IPostgresWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
                batch.Add(write);
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<IPostgresWrite> writes)
    {
        Exception? batchFailure = null;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            // Npgsql closes a connection it found broken; the next batch then starts on a fresh one.
            if (_connection is { State: not ConnectionState.Open })
                await ResetConnectionAsync();
            _connection ??= await _dataSource.OpenConnectionAsync();
            var pending = new List<IPostgresWrite>(writes);
            var combineAppends = true;
            while (pending.Count > 0)
            {
                var attempt = await TryCommitAsync(_connection, pending, combineAppends);
                if (attempt.Committed)
                    break;
                if (attempt.Failed is { } failed)
                    pending.Remove(failed);
                else
                    combineAppends = false;
            }
            StoreMetrics.Committed(PostgresDatabase.Provider, writes.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            Outage.Succeeded();
        }
        catch (Exception e)
        {
            // Whatever it was (a lost connection, a timeout, an unknown commit outcome, a bug), it belongs to this
            // batch: every write of the batch fails with it (its callers answer 503), the next batch starts on a fresh
            // connection, and the loop lives on.
            Outage.Failed(e);
            batchFailure = e;
            await ResetConnectionAsync();
            // After a lost server every idle pooled connection is dead too; without this each would fail one read.
            _dataSource.Clear();
            // The writes that queued while this batch hung would meet the same store and wait as long again: they fail
            // now, with it, so that no caller waits for more than one batch's timeout.
            while (_queue.Reader.TryRead(out var waiting))
                writes.Add(waiting);
        }
        foreach (var write in writes)
            write.Complete(batchFailure);
    }

    /// <summary>
    /// Runs the writes in one transaction and commits it. A failed statement aborts the whole PostgreSQL
    /// transaction, so after one the batch is rolled back and run again: without the write at fault, or, when the
    /// statement that appends all answers at once failed, with one statement per answer to find the answer at fault.
    /// Rare, and cheaper than a savepoint round trip around every write.
    /// </summary>
    private async Task<Attempt> TryCommitAsync(NpgsqlConnection connection, List<IPostgresWrite> pending, bool combineAppends)
    {
        foreach (var write in pending)
            write.Reset();
        var appends = pending.OfType<PostgresLedgerAppend>().ToList();
        var statements = combineAppends ? pending.Where(w => w is not PostgresLedgerAppend).ToList() : pending;
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction);
        var appendsAtOnce = combineAppends && appends.Count > 0 ? PostgresLedgerAppend.CreateCombinedCommand(appends) : null;
        if (appendsAtOnce is not null)
            batch.BatchCommands.Add(appendsAtOnce);
        var owners = new Dictionary<NpgsqlBatchCommand, IPostgresWrite>(ReferenceEqualityComparer.Instance);
        foreach (var write in statements)
        {
            var command = write.CreateCommand();
            owners.Add(command, write);
            batch.BatchCommands.Add(command);
        }
        try
        {
            // Every statement returns one result set, in order: the appends', then each write's.
            await using var reader = await batch.ExecuteReaderAsync();
            var onFirstResult = true;
            async Task NextResultAsync()
            {
                if (!onFirstResult && !await reader.NextResultAsync())
                    throw new InvalidOperationException("The batch returned fewer result sets than it has statements.");
                onFirstResult = false;
            }
            if (appendsAtOnce is not null)
            {
                await NextResultAsync();
                await PostgresLedgerAppend.ReadCombinedAsync(reader, appends);
            }
            foreach (var write in statements)
            {
                await NextResultAsync();
                await write.ReadAsync(reader);
            }
        }
        catch (PostgresException e) when (IsStatementError(e) && e.BatchCommand is { } command
            && (ReferenceEquals(command, appendsAtOnce) || owners.ContainsKey(command)))
        {
            await transaction.RollbackAsync();
            // A resent answer already in the ledger (a unique violation) is expected after every 503 whose write had
            // committed; only other failures are worth an operator's attention.
            var level = e.SqlState == PostgresErrorCodes.UniqueViolation ? LogLevel.Debug : LogLevel.Warning;
            if (!owners.TryGetValue(command, out var failed))
            {
                _logger.Log(level, e, "Appending {AnswerCount} answers at once failed ({SqlState}); appending them one by one", appends.Count, e.SqlState);
                return new Attempt(false, null);
            }
            _logger.Log(level, e, "A write failed ({SqlState}); committing the {WriteCount} other writes of its batch", e.SqlState, pending.Count - 1);
            failed.Fail(e);
            return new Attempt(false, failed);
        }
        await transaction.CommitAsync();
        return new Attempt(true, null);
    }

    /// <summary>How one try went: committed; or rolled back because a write failed (null: the combined append).</summary>
    private readonly record struct Attempt(bool Committed, IPostgresWrite? Failed);

    /// <summary>Data exceptions (class 22) and constraint violations (class 23) belong to one statement's values.</summary>
    private static bool IsStatementError(PostgresException e) =>
        e.SqlState.StartsWith("22", StringComparison.Ordinal) || e.SqlState.StartsWith("23", StringComparison.Ordinal);

    private async Task ResetConnectionAsync()
    {
        if (_connection is null)
            return;
        try
        {
            await _connection.DisposeAsync();
        }
        catch (NpgsqlException e)
        {
            _logger.LogDebug(e, "Closing the writer's broken connection failed");
        }
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await ResetConnectionAsync();
    }
}

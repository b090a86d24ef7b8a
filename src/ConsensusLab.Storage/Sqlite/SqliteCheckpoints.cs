using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SQLitePCL;

namespace ConsensusLab.Storage.Sqlite;

/// <summary>
/// Keeps the WAL bounded without a commit ever paying for a checkpoint. SQLite's automatic checkpoint (every 1,000
/// pages) runs inside the COMMIT that crosses the bound, so the answers of that batch wait for the database file to be
/// written and synced too; the writer connection turns it off (PRAGMA wal_autocheckpoint = 0) and calls
/// <see cref="AfterCommit"/> between batches, after the batch's callers have been told. Once the writer has written
/// <c>softBoundPages</c> pages to the WAL since the last checkpoint (Storage:CheckpointPages), a PASSIVE checkpoint copies
/// what it can without waiting for readers; once it has copied everything the next commit starts the WAL from its
/// beginning again. Should readers keep it from catching up until the WAL passes <see cref="HardBoundPages"/>, the
/// writer also asks for a RESTART checkpoint, which makes the next commit start the WAL afresh once no reader holds an
/// older snapshot, and logs a warning. It does not wait for readers (the connection has no busy handler, so a
/// blocked RESTART returns at once) and is asked again at the next bound: readers that never let go keep the WAL
/// growing, which the warnings show. journal_size_limit cuts the file back after a restart.
/// </summary>
internal sealed class SqliteCheckpoints(SqliteConnection connection, ILogger logger, int softBoundPages)
{
    /// <summary>The WAL size (in pages, 64 MiB) beyond which the writer asks for a RESTART checkpoint.</summary>
    public const int HardBoundPages = 16384;

    /// <summary>The size the WAL file is cut back to after a restart (PRAGMA journal_size_limit).</summary>
    public const long JournalSizeLimitBytes = 64L * 1024 * 1024;

    private int _writtenAtLastCheckpoint;

    public void AfterCommit()
    {
        // SQLITE_DBSTATUS_CACHE_WRITE counts the pages this connection has written to the WAL.
        raw.sqlite3_db_status(connection.Handle, raw.SQLITE_DBSTATUS_CACHE_WRITE, out var written, out _, 0);
        if (written - _writtenAtLastCheckpoint < softBoundPages)
            return;
        _writtenAtLastCheckpoint = written;
        var rc = raw.sqlite3_wal_checkpoint_v2(connection.Handle, "main", raw.SQLITE_CHECKPOINT_PASSIVE, out var walPages, out _);
        if (rc == raw.SQLITE_OK && walPages < HardBoundPages)
            return;
        rc = raw.sqlite3_wal_checkpoint_v2(connection.Handle, "main", raw.SQLITE_CHECKPOINT_RESTART, out var afterPages, out var copied);
        logger.LogWarning("The SQLite WAL held {WalPages} pages (bound {HardBoundPages}); a RESTART checkpoint copied {CopiedPages} of {AfterPages}, result {Result}",
            walPages, HardBoundPages, copied, afterPages, rc);
    }
}

using ConsensusLab.Storage.Sqlite;

namespace ConsensusLab.Storage.Tests;

public sealed class SqliteDurabilityTests
{
    [Fact]
    public async Task Acknowledged_appends_survive_closing_and_reopening_the_file()
    {
        await using var store = await new SqliteProvider().OpenAsync();
        var entry = new LedgerEntry("ABCDEF", "q1", 1, "P1", "TC", "r1", """{"position":0.25}""", DateTimeOffset.UtcNow);
        var record = await store.Ledger.AppendAsync(entry, default);

        await store.ReopenAsync();

        Assert.Equal([record.Sequence], (await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", default).ToListAsync()).Select(r => r.Sequence));
    }

    [Fact]
    public async Task Reopening_a_migrated_file_applies_no_migration_twice()
    {
        await using var store = await new SqliteProvider().OpenAsync();
        await store.ReopenAsync();
        await store.ReopenAsync();
        Assert.Null(await store.GrainStates.ReadAsync("session", "session/X", default));
    }

    /// <summary>Issue 15: the writer takes the checkpoints (automatic ones are off), and they keep the WAL bounded.</summary>
    [Fact]
    public async Task The_writer_checkpoints_keep_the_wal_bounded_under_continuous_appends()
    {
        await using var store = await new SqliteProvider().OpenAsync();
        var answer = new string('x', 3000);
        // About three times the soft bound in pages: without checkpoints the WAL would hold all of it.
        for (var chunk = 0; chunk < 12; chunk++)
        {
            await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => store.Ledger.AppendAsync(
                new LedgerEntry("ABCDEF", "q1", 1, $"P{i}", "TC", $"r{chunk}-{i}", answer, DateTimeOffset.UtcNow), default)));
        }

        var walBytes = new FileInfo(store.Path + "-wal").Length;
        Assert.InRange(walBytes, 1, 2L * SqliteDatabase.DefaultCheckpointPages * 4096);
        Assert.Equal(12_000, await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", default).CountAsync());
    }
}

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
}

namespace ConsensusLab.Storage.Tests.Postgres;

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresResponseLedgerTests(PostgresServer server)
{
    private static LedgerEntry Answer(string participant, string question = "q1") =>
        new("ABCDEF", question, 1, participant, "GOV", Guid.NewGuid().ToString(), """{"choice":3}""", DateTimeOffset.UtcNow);

    [Fact]
    public async Task Append_returns_exactly_the_record_that_replay_reads_back()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        // Ticks below the microsecond and a non-UTC offset: neither survives timestamptz, so neither is promised.
        var recordedAt = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(3)).AddTicks(1_234_567);
        var appended = await store.Ledger.AppendAsync(Answer("P1") with { RecordedAt = recordedAt }, default);

        var replayed = Assert.Single(await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", default).ToListAsync());

        Assert.Equal(appended, replayed);
        Assert.Equal(TimeSpan.Zero, replayed.Entry.RecordedAt.Offset);
        Assert.Equal(recordedAt.UtcTicks - 7, replayed.Entry.RecordedAt.UtcTicks);
    }

    [Fact]
    public async Task Silos_appending_concurrently_get_distinct_sequences_and_replay_finds_every_acknowledged_entry()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        var silos = new[] { store.Database, await store.OpenNodeAsync(), await store.OpenNodeAsync() };

        var written = await Task.WhenAll(silos.SelectMany(silo => Enumerable.Range(0, 16).Select(async a =>
        {
            var sequences = new List<long>();
            for (var i = 0; i < 20; i++)
                sequences.Add((await silo.Ledger.AppendAsync(new LedgerEntry("ABCDEF", "q1", 1, $"P{a}", "GOV", null, "{}", DateTimeOffset.UtcNow), default)).Sequence);
            return sequences;
        })));

        var acknowledged = written.SelectMany(s => s).Order().ToList();
        Assert.Equal(acknowledged.Count, acknowledged.Distinct().Count());
        Assert.Equal(acknowledged, (await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", default).ToListAsync()).Select(r => r.Sequence));
    }
}

using System.Collections.Concurrent;

namespace ConsensusLab.Storage.Tests.Postgres;

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresResponseLedgerTests(PostgresServer server)
{
    private static LedgerEntry Answer(string participant, string question = "q1") =>
        new("ABCDEF", question, 1, participant, "GOV", Guid.NewGuid().ToString(), """{"choice":3}""", DateTimeOffset.UtcNow);

    [Fact]
    public async Task Reading_after_a_sequence_returns_only_the_later_entries_of_the_question()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        var appended = new List<LedgerRecord>();
        for (var i = 0; i < 5; i++)
        {
            appended.Add(await store.Ledger.AppendAsync(Answer($"P{i}"), default));
            await store.Ledger.AppendAsync(Answer($"P{i}", "q2"), default);
        }

        var later = await store.Database.Ledger.ReadQuestionAfterAsync("ABCDEF", "q1", appended[2].Sequence, default).ToListAsync();

        Assert.Equal(appended.Skip(3), later);
        Assert.Empty(await store.Database.Ledger.ReadQuestionAfterAsync("ABCDEF", "q1", appended[^1].Sequence, default).ToListAsync());
    }

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
    public async Task A_reader_following_the_last_sequence_it_saw_misses_no_answer_of_concurrent_nodes()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        var nodes = new[] { store.Database, await store.OpenNodeAsync(), await store.OpenNodeAsync() };
        var seen = new ConcurrentBag<long>();
        using var done = new CancellationTokenSource();

        var follower = Task.Run(async () =>
        {
            var last = 0L;
            var finished = false;
            while (!finished)
            {
                // One more pass after the writers finished picks up their last commits.
                finished = done.IsCancellationRequested;
                await foreach (var record in store.Database.Ledger.ReadQuestionAfterAsync("ABCDEF", "q1", last, default))
                {
                    seen.Add(record.Sequence);
                    last = record.Sequence;
                }
            }
        });
        var written = await Task.WhenAll(nodes.SelectMany(node => Enumerable.Range(0, 16).Select(async a =>
        {
            var sequences = new List<long>();
            for (var i = 0; i < 20; i++)
                sequences.Add((await node.Ledger.AppendAsync(new LedgerEntry("ABCDEF", "q1", 1, $"P{a}", "GOV", null, "{}", DateTimeOffset.UtcNow), default)).Sequence);
            return sequences;
        })));
        await done.CancelAsync();
        await follower;

        Assert.Equal(written.SelectMany(s => s).Order(), seen.Order());
    }
}

using Npgsql;

namespace ConsensusLab.Storage.Tests.Postgres;

/// <summary>
/// On PostgreSQL an entry with a lower sequence can commit after a read saw a higher one (issue 15): re-reads that
/// start after a <see cref="LedgerWatermark"/> must still find it.
/// </summary>
[Collection(SharedPostgresServer.Name)]
public sealed class LateCommitTests(PostgresServer server)
{
    private static LedgerEntry Answer(string participant) =>
        new("ABCDEF", "q1", 1, participant, "GOV", Guid.NewGuid().ToString(), """{"choice":3}""", DateTimeOffset.UtcNow);

    [Fact]
    public async Task Entry_with_a_lower_sequence_committed_after_a_read_is_read_again_after_the_watermark()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        // Another silo's append: its sequence is drawn, its commit is late.
        await using var otherSilo = new NpgsqlConnection(store.ConnectionString);
        await otherSilo.OpenAsync();
        await using var late = await otherSilo.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO ledger (session_code, question_id, round, participant_id, group_code, request_id, answer, recorded_at)
            VALUES ('ABCDEF', 'q1', 1, 'LATE', 'GOV', 'late-1', '{"choice":1}', now()) RETURNING sequence
            """, otherSilo, late);
        var lateSequence = (long)(await insert.ExecuteScalarAsync())!;
        var seen = await store.Ledger.AppendAsync(Answer("P1"), default);
        var horizon = store.Ledger.LateCommitHorizon;
        var watermark = new LedgerWatermark(horizon);

        var first = await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", watermark.Settled, default).ToListAsync();
        watermark.Completed(new LedgerRead(first[^1].Sequence, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
        await late.CommitAsync();
        // The next read starts a whole horizon after the first one: it still reads from below the late entry.
        var startedAt = TimeSpan.FromSeconds(1) + horizon;
        var second = await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", watermark.Settled, default).ToListAsync();
        watermark.Completed(new LedgerRead(second[^1].Sequence, startedAt, startedAt + TimeSpan.FromSeconds(1)));

        Assert.True(lateSequence < seen.Sequence);
        Assert.Equal([seen.Sequence], first.Select(r => r.Sequence));
        // Starting after the highest sequence seen, as a naive reader would, misses it.
        Assert.Empty(await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", seen.Sequence, default).ToListAsync());
        Assert.Equal([lateSequence, seen.Sequence], second.Select(r => r.Sequence));
        Assert.Equal(seen.Sequence, watermark.Settled);
    }
}

using System.Diagnostics;
using ConsensusLab.Domain.Participants;
using Npgsql;
using Xunit.Abstractions;

namespace ConsensusLab.Storage.Tests.Postgres;

/// <summary>The group-committing writer: many writes share a commit, and one failing write fails alone.</summary>
[Collection(SharedPostgresServer.Name)]
public sealed class PostgresWriterTests(PostgresServer server, ITestOutputHelper output)
{
    private static LedgerEntry Answer(string participant, string question = "q1") =>
        new("ABCDEF", question, 1, participant, "GOV", Guid.NewGuid().ToString(), """{"choice":3}""", DateTimeOffset.UtcNow);

    [Fact]
    public async Task Concurrent_appends_get_unique_increasing_sequences_and_share_commits()
    {
        const int appenders = 64, appendsEach = 50;
        using var counter = new CommitCounter();
        await using var store = await PostgresProvider.CreateAsync(server);
        await Task.WhenAll(Enumerable.Range(0, appenders).Select(i => store.Ledger.AppendAsync(Answer($"warm-{i}", "warm-up"), default)));
        var commitsBefore = counter.Commits;

        var clock = Stopwatch.StartNew();
        var perAppender = await Task.WhenAll(Enumerable.Range(0, appenders).Select(async a =>
        {
            var sequences = new List<long>();
            for (var i = 0; i < appendsEach; i++)
                sequences.Add((await store.Ledger.AppendAsync(Answer($"P{a}-{i}"), default)).Sequence);
            return sequences;
        }));
        clock.Stop();

        var all = perAppender.SelectMany(s => s).ToList();
        Assert.Equal(appenders * appendsEach, all.Distinct().Count());
        Assert.All(perAppender, sequences => Assert.Equal(sequences.Order(), sequences));
        Assert.Equal(all.Order(), (await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", default).ToListAsync()).Select(r => r.Sequence));
        var commits = counter.Commits - commitsBefore;
        // Sixty-four callers waiting at once must not cost a commit each.
        Assert.InRange(commits, 1, all.Count / 4);
        output.WriteLine($"{all.Count} acknowledged appends from {appenders} appenders in {clock.Elapsed.TotalMilliseconds:F0} ms "
            + $"({all.Count / clock.Elapsed.TotalSeconds:F0}/s) in {commits} commits");
    }

    [Fact]
    public async Task A_failing_write_fails_alone_and_the_writes_committed_with_it_stand()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        var joinedAt = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        Participant Newcomer(string id) => new("ABCDEF", id, new ParticipantProfile("CS", "KE", Attendance.Onsite), joinedAt);
        await store.Participants.AddAsync(Newcomer("P-0"), new byte[] { 9 }, default);

        // The same token hash again, queued among answers and grain writes so that it shares their batch.
        var answers = Enumerable.Range(0, 50).Select(i => store.Ledger.AppendAsync(
            new LedgerEntry("ABCDEF", "q1", 1, $"P{i}", "GOV", null, "{}", joinedAt), default)).ToList();
        var duplicate = store.Participants.AddAsync(Newcomer("P-1"), new byte[] { 9 }, default);
        var state = store.GrainStates.WriteAsync("session", "session/ABCDEF", "{}", 0, default);
        var newcomer = store.Participants.AddAsync(Newcomer("P-2"), new byte[] { 10 }, default);

        var failure = await Assert.ThrowsAsync<PostgresException>(() => duplicate);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, failure.SqlState);
        await Task.WhenAll(answers);
        await newcomer;
        Assert.Equal(1, await state);
        Assert.Equal(50, (await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", default).ToListAsync()).Count);
        Assert.Equal(["P-0", "P-2"], await store.Participants.ReadSessionAsync("ABCDEF", default).Select(p => p.Id).ToListAsync());
    }

    [Fact]
    public async Task An_answer_the_database_rejects_fails_alone_and_the_answers_appended_with_it_stand()
    {
        await using var store = await PostgresProvider.CreateAsync(server);
        LedgerEntry Answer(int i, string answer) => new("ABCDEF", "q1", 1, $"P{i}", "GOV", null, answer, DateTimeOffset.UtcNow);
        await store.Ledger.AppendAsync(Answer(0, "{}"), default);

        // PostgreSQL text cannot hold U+0000: this answer fails the statement that appends the whole batch.
        var answers = Enumerable.Range(1, 50).Select(i => store.Ledger.AppendAsync(Answer(i, "{}"), default)).ToList();
        var rejected = store.Ledger.AppendAsync(Answer(99, "{\"text\":\"\0\"}"), default);
        answers.AddRange(Enumerable.Range(51, 50).Select(i => store.Ledger.AppendAsync(Answer(i, "{}"), default)));

        var failure = await Assert.ThrowsAsync<PostgresException>(() => rejected);
        Assert.StartsWith("22", failure.SqlState, StringComparison.Ordinal);
        var appended = await Task.WhenAll(answers);
        var replayed = await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", default).ToListAsync();
        Assert.Equal(appended.Select(a => a.Sequence).Order(), replayed.Skip(1).Select(r => r.Sequence));
    }
}

using ConsensusLab.Domain.Participants;

namespace ConsensusLab.Storage.Tests;

/// <summary>The storage contract, run unchanged against every provider.</summary>
public abstract class StorageContractTests
{
    protected abstract Task<IStorageProvider> CreateProviderAsync();

    private static LedgerEntry Answer(string participant, string question = "q1", string answer = """{"choice":3}""") =>
        new("ABCDEF", question, 1, participant, "GOV", Guid.NewGuid().ToString(), answer, DateTimeOffset.UtcNow);

    [Fact]
    public async Task Reading_a_grain_that_was_never_written_gives_nothing()
    {
        await using var store = await CreateProviderAsync();
        Assert.Null(await store.GrainStates.ReadAsync("session", "session/NONE", default));
    }

    [Fact]
    public async Task First_write_creates_version_one_and_reads_back()
    {
        await using var store = await CreateProviderAsync();
        var version = await store.GrainStates.WriteAsync("session", "session/K1", """{"a":1}""", 0, default);
        var read = await store.GrainStates.ReadAsync("session", "session/K1", default);
        Assert.Equal(1, version);
        Assert.Equal(new StoredState("session/K1", """{"a":1}""", 1), read);
    }

    [Fact]
    public async Task Version_checked_write_advances_the_version()
    {
        await using var store = await CreateProviderAsync();
        await store.GrainStates.WriteAsync("session", "session/K1", "1", 0, default);
        var version = await store.GrainStates.WriteAsync("session", "session/K1", "2", 1, default);
        Assert.Equal(2, version);
        Assert.Equal("2", (await store.GrainStates.ReadAsync("session", "session/K1", default))!.Payload);
    }

    [Fact]
    public async Task Write_naming_a_stale_version_conflicts_and_changes_nothing()
    {
        await using var store = await CreateProviderAsync();
        await store.GrainStates.WriteAsync("session", "session/K1", "first", 0, default);
        await store.GrainStates.WriteAsync("session", "session/K1", "second", 1, default);
        await Assert.ThrowsAsync<StateVersionConflictException>(() => store.GrainStates.WriteAsync("session", "session/K1", "stale", 1, default));
        await Assert.ThrowsAsync<StateVersionConflictException>(() => store.GrainStates.WriteAsync("session", "session/K1", "again", 0, default));
        Assert.Equal(new StoredState("session/K1", "second", 2), await store.GrainStates.ReadAsync("session", "session/K1", default));
    }

    [Fact]
    public async Task Delete_naming_the_stored_version_removes_the_state_and_a_stale_one_conflicts()
    {
        await using var store = await CreateProviderAsync();
        await store.GrainStates.WriteAsync("session", "session/K1", "first", 0, default);
        await store.GrainStates.WriteAsync("session", "session/K1", "second", 1, default);
        await Assert.ThrowsAsync<StateVersionConflictException>(() => store.GrainStates.DeleteAsync("session", "session/K1", 1, default));
        Assert.NotNull(await store.GrainStates.ReadAsync("session", "session/K1", default));

        await store.GrainStates.DeleteAsync("session", "session/K1", 2, default);

        Assert.Null(await store.GrainStates.ReadAsync("session", "session/K1", default));
        Assert.Equal(1, await store.GrainStates.WriteAsync("session", "session/K1", "again", 0, default));
    }

    // Orleans' own ADO.NET grain storage keys rows by state name and a hash of the key, so two grain types with one
    // state name share a row (dotnet/orleans#8746), and keys that parse as the same hexadecimal number collide
    // (#9706). Ours keys by state name and the full grain id, so none of these meet.
    [Fact]
    public async Task States_of_different_grains_never_share_a_row_however_alike_their_keys()
    {
        await using var store = await CreateProviderAsync();
        string[] grains = ["question/020235/q1", "question/20235/q1", "group/020235/q1", "question/ABC123/q1", "question/abc123/q1"];
        foreach (var grain in grains)
            await store.GrainStates.WriteAsync("question", grain, grain, 0, default);
        await store.GrainStates.WriteAsync("group", "question/020235/q1", "same id, other state", 0, default);

        foreach (var grain in grains)
            Assert.Equal(new StoredState(grain, grain, 1), await store.GrainStates.ReadAsync("question", grain, default));
        Assert.Equal("same id, other state", (await store.GrainStates.ReadAsync("group", "question/020235/q1", default))!.Payload);
        Assert.Equal(grains.Length, await store.GrainStates.ReadAllAsync("question", default).CountAsync());
    }

    [Fact]
    public async Task Ledger_appends_get_increasing_sequence_numbers_and_replay_in_order()
    {
        await using var store = await CreateProviderAsync();
        var appended = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => store.Ledger.AppendAsync(Answer($"P{i}"), default)));
        Assert.Equal(200, appended.Select(a => a.Sequence).Distinct().Count());

        var replayed = await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", default).ToListAsync();
        Assert.Equal(appended.OrderBy(a => a.Sequence).Select(a => a.Entry.ParticipantId), replayed.Select(r => r.Entry.ParticipantId));
        Assert.Equal(appended.OrderBy(a => a.Sequence).Select(a => a.Sequence), replayed.Select(r => r.Sequence));
    }

    [Fact]
    public async Task Ledger_replay_of_a_question_leaves_out_other_questions()
    {
        await using var store = await CreateProviderAsync();
        await store.Ledger.AppendAsync(Answer("P1", "q1"), default);
        await store.Ledger.AppendAsync(Answer("P1", "q2"), default);
        Assert.Single(await store.Ledger.ReadQuestionAsync("ABCDEF", "q2", default).ToListAsync());
        Assert.Equal(2, (await store.Ledger.ReadSessionAsync("ABCDEF", default).ToListAsync()).Count);
    }

    [Fact]
    public async Task Reading_a_question_after_a_sequence_gives_only_its_later_entries_in_order()
    {
        await using var store = await CreateProviderAsync();
        var appended = new List<LedgerRecord>();
        for (var i = 0; i < 6; i++)
            appended.Add(await store.Ledger.AppendAsync(Answer($"P{i}", i % 2 == 0 ? "q1" : "q2"), default));
        var q1 = appended.Where(a => a.Entry.QuestionId == "q1").ToList();

        var later = await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", q1[0].Sequence, default).ToListAsync();

        Assert.Equal(q1.Skip(1), later);
        Assert.Empty(await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", q1[^1].Sequence, default).ToListAsync());
        Assert.Equal(q1, await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", afterSequence: 0, default).ToListAsync());
    }

    [Fact]
    public async Task Retried_request_is_refused_with_the_original_entry_and_stored_once()
    {
        await using var store = await CreateProviderAsync();
        var original = await store.Ledger.AppendAsync(Answer("P1") with { RequestId = "r-1" }, default);
        var retry = await Assert.ThrowsAsync<DuplicateRequestException>(() =>
            store.Ledger.AppendAsync(Answer("P1", answer: """{"choice":0}""") with { RequestId = "r-1" }, default));
        Assert.Equal(original.Sequence, retry.Original!.Sequence);
        Assert.Equal(original.Entry.Answer, retry.Original.Entry.Answer);
        Assert.Single(await store.Ledger.ReadSessionAsync("ABCDEF", default).ToListAsync());
    }

    [Fact]
    public async Task Appending_many_stores_them_in_order_and_answers_retries_with_the_originals()
    {
        await using var store = await CreateProviderAsync();
        var earlier = await store.Ledger.AppendAsync(Answer("P1") with { RequestId = "r-0" }, default);
        IReadOnlyList<LedgerEntry> entries =
        [
            Answer("P2") with { RequestId = "r-1" },
            Answer("P1", answer: """{"choice":1}""") with { RequestId = "r-0" }, // a retry of the entry stored before
            Answer("P3") with { RequestId = "r-2" },
            Answer("P2", answer: """{"choice":4}""") with { RequestId = "r-1" }, // a retry of the first entry of this call
        ];
        var appended = await store.Ledger.AppendManyAsync(entries, default);

        Assert.Equal([false, true, false, true], appended.Select(a => a.AlreadyStored));
        Assert.Equal(earlier.Sequence, appended[1].Record.Sequence);
        Assert.Equal(earlier.Entry.Answer, appended[1].Record.Entry.Answer);
        Assert.Equal(appended[0].Record.Sequence, appended[3].Record.Sequence);
        Assert.Equal("""{"choice":3}""", appended[3].Record.Entry.Answer);
        Assert.True(earlier.Sequence < appended[0].Record.Sequence && appended[0].Record.Sequence < appended[2].Record.Sequence);
        var stored = await store.Ledger.ReadSessionAsync("ABCDEF", default).ToListAsync();
        Assert.Equal(["P1", "P2", "P3"], stored.Select(r => r.Entry.ParticipantId));
        Assert.Equal(stored.Select(r => r.Sequence), new[] { earlier, appended[0].Record, appended[2].Record }.Select(r => r.Sequence));
    }

    [Fact]
    public async Task Same_request_id_of_two_participants_is_two_entries()
    {
        await using var store = await CreateProviderAsync();
        await store.Ledger.AppendAsync(Answer("P1") with { RequestId = "same" }, default);
        await store.Ledger.AppendAsync(Answer("P2") with { RequestId = "same" }, default);
        Assert.Equal(2, (await store.Ledger.ReadSessionAsync("ABCDEF", default).ToListAsync()).Count);
    }

    /// <summary>
    /// Issue 15: request ids are time-ordered (UUIDv7), so the key takes the request id before the participant and
    /// new keys land at the index's right-hand edge; the two tests above show it still guards retries as before.
    /// </summary>
    [Fact]
    public async Task Retry_guard_is_one_unique_partial_index_keyed_by_session_then_request_id_then_participant()
    {
        await using var store = await CreateProviderAsync();
        var index = await store.DescribeIndexAsync("ledger_request");
        Assert.Equal(["session_code", "request_id", "participant_id"], index.Columns);
        Assert.True(index.Unique);
        Assert.True(index.Partial);
    }

    [Fact]
    public async Task Withdrawal_entries_keep_their_kind()
    {
        await using var store = await CreateProviderAsync();
        await store.Ledger.AppendAsync(Answer("P1") with { Kind = LedgerEntryKind.Withdrawal, Answer = "null" }, default);
        var replayed = Assert.Single(await store.Ledger.ReadQuestionAsync("ABCDEF", "q1", default).ToListAsync());
        Assert.Equal(LedgerEntryKind.Withdrawal, replayed.Entry.Kind);
    }

    [Fact]
    public async Task Withdrawn_participant_is_found_with_the_time_of_withdrawal_and_withdrawing_again_changes_nothing()
    {
        await using var store = await CreateProviderAsync();
        var participant = new Participant("ABCDEF", "P-2", new ParticipantProfile("TC", "NP", Attendance.Onsite), new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        await store.Participants.AddAsync(participant, new byte[] { 9 }, default);
        var withdrawnAt = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        await store.Participants.WithdrawAsync("ABCDEF", "P-2", withdrawnAt, default);
        await store.Participants.WithdrawAsync("ABCDEF", "P-2", withdrawnAt.AddHours(1), default);
        Assert.Equal(withdrawnAt, (await store.Participants.FindByTokenAsync(new byte[] { 9 }, default))!.WithdrawnAt);
    }

    [Fact]
    public async Task Participant_is_found_by_token_hash_only()
    {
        await using var store = await CreateProviderAsync();
        var participant = new Participant("ABCDEF", "P-1", new ParticipantProfile("CS", "KE", Attendance.Online, Gender.Female, "25-29"),
            new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        await store.Participants.AddAsync(participant, new byte[] { 1, 2, 3 }, default);

        Assert.Equal(participant, await store.Participants.FindByTokenAsync(new byte[] { 1, 2, 3 }, default));
        Assert.Null(await store.Participants.FindByTokenAsync(new byte[] { 3, 2, 1 }, default));
        Assert.Equal([participant], await store.Participants.ReadSessionAsync("ABCDEF", default).ToListAsync());
    }
}

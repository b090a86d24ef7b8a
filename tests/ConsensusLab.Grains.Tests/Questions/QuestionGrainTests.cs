using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Storage;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Questions;

[Collection(SharedSilo.Collection)]
public sealed class QuestionGrainTests(SharedSilo shared)
{
    private static readonly string[] IgfGroups = ["GOV", "IGO", "PS", "CS", "TC", "OTHER"];

    private static async Task AnswerSomeAsync(IQuestionGrain question)
    {
        for (var i = 0; i < 30; i++)
            await question.Submit(Answer($"P{i}", IgfGroups[i % IgfGroups.Length], i % 5));
        // Three participants change their minds, one of them into another group.
        await question.Submit(Answer("P0", "GOV", 4));
        await question.Submit(Answer("P7", "IGO", 0));
        await question.Submit(Answer("P8", "CS", 1));
    }

    private static async Task<int> LedgerCountAsync(TestSilo silo, string code, string questionId)
    {
        var count = 0;
        await foreach (var _ in silo.Database.Ledger.ReadQuestionAsync(code, questionId, default))
            count++;
        return count;
    }

    [Fact]
    public async Task Tally_is_rebuilt_from_the_ledger_after_deactivation()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var question = Question(silo, code, "q1");
        await AnswerSomeAsync(question);
        var before = await question.GetTally();

        await silo.DeactivateAllAsync();

        Tallies.Equal(before, await question.GetTally());
        Assert.Equal(30, Tallies.Respondents(before));
        Assert.Equal(new AnswerValue(Choice: 1), (await question.GetAnswer("P8"))!.Answer);
    }

    [Fact]
    public async Task Tally_is_rebuilt_from_the_ledger_after_a_restart()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        await AnswerSomeAsync(Question(silo, code, "q1"));
        var before = await Question(silo, code, "q1").GetTally();

        await silo.RestartAsync();

        Tallies.Equal(before, await Question(silo, code, "q1").GetTally());
        Assert.Equal(QuestionStatus.Open, (await Question(silo, code, "q1").GetSnapshot()).Status);
    }

    [Fact]
    public async Task Answer_to_a_closed_question_is_rejected_and_never_reaches_the_ledger()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var question = Question(silo, code, "q1");
        await question.Submit(Answer("P1", "GOV", 3));
        await question.Close();

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() => question.Submit(Answer("P2", "CS", 1)));

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
        Assert.Equal(1, await LedgerCountAsync(silo, code, "q1"));
        Assert.Equal(1, Tallies.Respondents(await question.GetTally()));
        Assert.Null(await question.GetAnswer("P2"));
    }

    [Fact]
    public async Task Answer_to_a_question_not_yet_opened_is_rejected()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();
        await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")), Keys);

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() => Question(silo, code, "q1").Submit(Answer("P1", "GOV", 3)));

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
        Assert.Equal(0, await LedgerCountAsync(silo, code, "q1"));
    }

    [Theory]
    [InlineData("GOV", 5)]
    [InlineData("GOV", -1)]
    [InlineData("ACA", 2)]
    [InlineData("gov", 2)]
    public async Task Answer_that_does_not_fit_is_rejected_as_invalid_and_never_reaches_the_ledger(string group, int choice)
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() => Question(silo, code, "q1").Submit(Answer("P1", group, choice)));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
        Assert.Equal(0, await LedgerCountAsync(silo, code, "q1"));
    }

    [Fact]
    public async Task Replaced_answer_is_subtracted_so_the_participant_counts_once()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var question = Question(silo, code, "q1");

        var first = await question.Submit(Answer("P1", "GOV", 0));
        var second = await question.Submit(Answer("P1", "GOV", 4));

        Assert.False(first.Replaced);
        Assert.True(second.Replaced);
        Assert.True(second.Sequence > first.Sequence);
        Assert.Equal(1, (await question.GetSnapshot()).Respondents);
        Assert.Equal(["GOV 1: 0 0 0 0 1", "IGO 0: 0 0 0 0 0", "PS 0: 0 0 0 0 0", "CS 0: 0 0 0 0 0", "TC 0: 0 0 0 0 0", "OTHER 0: 0 0 0 0 0"],
            Tallies.Describe(await question.GetTally()));
    }

    [Fact]
    public async Task Participant_who_answers_again_from_another_group_moves_to_it()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var question = Question(silo, code, "q1");

        await question.Submit(Answer("P1", "GOV", 0));
        await question.Submit(Answer("P1", "CS", 2));

        var tally = await question.GetTally();
        Assert.Equal(1, Tallies.Respondents(tally));
        Assert.Contains("GOV 0: 0 0 0 0 0", Tallies.Describe(tally));
        Assert.Contains("CS 1: 0 0 1 0 0", Tallies.Describe(tally));
    }

    [Fact]
    public async Task Position_answers_are_kept_at_the_axis_resolution()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Position("axis"));
        var question = Question(silo, code, "axis");

        await question.Submit(new AnswerCommand("P1", "TC", "r1", new AnswerValue(Position: 0.123456)));

        Assert.Equal(0.12, (await question.GetAnswer("P1"))!.Answer.Position!.Value, 12);
    }

    [Fact]
    public async Task Burst_of_answers_is_coalesced_into_a_few_publications_that_end_on_the_final_tally()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var question = Question(silo, code, "q1");
        var feed = await silo.WatchAsync(question);
        var started = Environment.TickCount64;

        // 2,000 answers in waves, so that the burst spans several 100 ms publication ticks.
        var waves = new List<Task>();
        for (var wave = 0; wave < 40; wave++)
        {
            waves.AddRange(Enumerable.Range(wave * 50, 50).Select(i => question.Submit(Answer($"P{i}", IgfGroups[i % IgfGroups.Length], i % 5))));
            await Task.Delay(10);
        }
        await Task.WhenAll(waves);
        await Task.Delay(350);

        var final = await question.GetTally();
        var published = feed.Published.Where(p => p.AtMs >= started).ToList();
        var window = published[^1].AtMs - published[0].AtMs;
        Assert.Equal(2_000, Tallies.Respondents(final));
        Tallies.Equal(final, published[^1].Publication.Tally);
        // At most one publication per 100 ms tick from the timer and one from the answers themselves.
        Assert.True(published.Count <= (2 * window / 100) + 2, $"{published.Count} publications in {window} ms");
    }

    [Fact]
    public async Task Publications_are_at_least_the_publication_interval_apart()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"), Likert("q2"), Likert("q3"));
        var gaps = new List<long>();

        foreach (var questionId in new[] { "q1", "q2", "q3" })
        {
            var question = Question(silo, code, questionId);
            var feed = await silo.WatchAsync(question);
            await Task.Delay(150);
            // Two answers in one group commit: the first is published at once, the second must wait for the next slot.
            await Task.WhenAll(question.Submit(Answer("P1", "GOV", 1)), question.Submit(Answer("P2", "CS", 3)));
            await Eventually.True(() => feed.Published.Count > 0 && Tallies.Respondents(feed.Published[^1].Publication.Tally) == 2, $"{questionId} publishes both answers");
            var published = feed.Published.Select(p => p.AtMs).ToList();
            gaps.Add(published[^1] - published[^2]);
        }

        Assert.All(gaps, gap => Assert.True(gap >= 95, $"publications {string.Join(", ", gaps)} ms apart; the feed promises at most ten a second"));
    }

    [Fact]
    public async Task Batch_of_answers_is_acknowledged_or_refused_answer_by_answer()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var question = Question(silo, code, "q1");

        var outcomes = await question.SubmitMany([Answer("P1", "GOV", 4), Answer("P2", "GOV", 9), Answer("P3", "NOPE", 1), Answer("P4", "CS", 0)]);

        Assert.NotNull(outcomes[0].Receipt);
        Assert.Equal([null, Rejection.Invalid, Rejection.Invalid, null], outcomes.Select(o => o.Rejection));
        Assert.NotNull(outcomes[3].Receipt);
        Assert.Equal(2, Tallies.Respondents(await question.GetTally()));
        Assert.Equal(2, await LedgerCountAsync(silo, code, "q1"));
        Assert.Equal(Rejection.Invalid, Assert.Throws<CommandRejectedException>(() => outcomes[1].ReceiptOrThrow()).Rejection);
    }

    [Fact]
    public async Task Resent_answer_stored_without_this_activation_counting_it_counts_once_when_resent()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var question = Question(silo, code, "q1");
        await question.Submit(Answer("P1", "GOV", 1));
        // A commit whose outcome the grain never learnt (a timeout, a lost connection): in the ledger, not in the tally.
        var resent = Answer("P2", "CS", 3);
        var stored = await silo.Database.Ledger.AppendAsync(new LedgerEntry(code, "q1", 1, resent.ParticipantId, resent.Group,
            resent.RequestId, """{"choice":3}""", DateTimeOffset.UtcNow), default);
        Assert.Equal(1, Tallies.Respondents(await question.GetTally()));

        var receipt = await question.Submit(resent);
        await question.Submit(resent);

        Assert.True(receipt.Retried);
        Assert.Equal(stored.Sequence, receipt.Sequence);
        Assert.Equal(2, Tallies.Respondents(await question.GetTally()));
        Assert.Equal(new AnswerValue(Choice: 3), (await question.GetAnswer("P2"))!.Answer);
        Assert.Equal(2, await LedgerCountAsync(silo, code, "q1"));
    }
}

using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Storage;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Questions;

/// <summary>
/// A question's reads of its own ledger after activation (issue 15): entries another activation appended behind its
/// back are counted by the next read, also once the reads start where the earlier ones left off.
/// </summary>
public sealed class LedgerSettlingTests
{
    // A read every 250 ms for 8 s after activation, so that each entry below is appended after a read and found by a later one.
    private static readonly QuestionSettling Often =
        new([.. Enumerable.Range(1, 32).Select(i => TimeSpan.FromMilliseconds(250 * i))], TimeSpan.FromMilliseconds(250));

    private static QuestionDefinition Talk => new QuestionDefinition("talk", QuestionKind.Statements,
        "What next?", ["Meet twice a year.", "Publish every input."], Statements: new StatementSettings(ModerationMode.Permissive)).WithDefaults();

    private static Task<LedgerRecord> AppendBehindItsBackAsync(TestSilo silo, string code, string questionId, string participant, string group,
        string answer, LedgerEntryKind kind = LedgerEntryKind.Answer) =>
        silo.Database.Ledger.AppendAsync(new LedgerEntry(code, questionId, 1, participant, group, Guid.NewGuid().ToString("N"), answer,
            DateTimeOffset.UtcNow, kind), default);

    private static Task Counted(RecordingFeed feed, long respondents) => Eventually.True(
        () => feed.Published.Count > 0 && Tallies.Respondents(feed.Published[^1].Publication.Tally) == respondents,
        $"the meters show {respondents} respondents");

    [Fact]
    public async Task Answers_and_votes_appended_behind_the_grains_back_count_after_the_next_read()
    {
        await using var silo = await TestSilo.StartAsync(silos: 1, Often);
        var code = await OpenAsync(silo, Likert("q1"), Talk);
        var question = Question(silo, code, "q1");
        var talk = Question(silo, code, "talk");
        var answers = await silo.WatchAsync(question);
        var votes = await silo.WatchAsync(talk);

        await question.Submit(Answer("P1", "GOV", 1));
        await AppendBehindItsBackAsync(silo, code, "q1", "P2", "CS", """{"choice":3}""");
        await Counted(answers, 2);
        // An answer through the grain while the reads go on, then more behind its back: a new one and a change of mind.
        await question.Submit(Answer("P3", "PS", 4));
        await AppendBehindItsBackAsync(silo, code, "q1", "P4", "TC", """{"choice":2}""");
        await AppendBehindItsBackAsync(silo, code, "q1", "P2", "CS", """{"choice":0}""");
        await Counted(answers, 4);
        await Eventually.True(() => answers.Published[^1].Publication.Tally.Groups.Single(g => g.Group == "CS").Cells[0] == 1,
            "P2's later answer counts");

        await talk.Submit(new AnswerCommand("P1", "GOV", "v1", new AnswerValue(Statement: 0, Vote: 1)));
        await AppendBehindItsBackAsync(silo, code, "talk", "P2", "CS", """{"statement":1,"vote":-1}""", LedgerEntryKind.Vote);
        await Counted(votes, 2);

        var tally = await question.GetTally();
        Assert.Equal(["GOV 1: 0 1 0 0 0", "PS 1: 0 0 0 0 1", "CS 1: 1 0 0 0 0", "TC 1: 0 0 1 0 0"],
            Tallies.Describe(tally).Where(line => !line.Contains(" 0:", StringComparison.Ordinal)));
        var deliberation = await talk.GetDeliberation();
        Assert.Equal(new Statistics.Deliberation.StatementCounts(0, 1, 0), deliberation.Counts[1]["CS"]);
    }
}

using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Storage;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Questions;

/// <summary>A statements question's grain (issue 14): statements are state, votes are ledger entries, both survive reactivation.</summary>
[Collection(SharedSilo.Collection)]
public sealed class StatementsQuestionTests(SharedSilo shared)
{
    private static QuestionDefinition Talk(ModerationMode moderation) => new QuestionDefinition("talk", QuestionKind.Statements,
        "What next?", ["Meet twice a year.", "Publish every input."], Statements: new StatementSettings(moderation)).WithDefaults();

    private static AnswerCommand Vote(string participant, string group, int statement, int vote, string? requestId = null) =>
        new(participant, group, requestId ?? Guid.NewGuid().ToString("N"), new AnswerValue(Statement: statement, Vote: vote));

    [Fact]
    public async Task Statements_their_moderation_and_the_votes_are_rebuilt_after_deactivation()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Talk(ModerationMode.Strict));
        var question = Question(silo, code, "talk");
        var written = await question.SubmitStatement(new StatementCommand("P1", "CS", "w1", "Rotate the chair.", "en"));
        await question.Moderate(written.Statement.Id, StatementStatus.Accepted);
        await question.Submit(Vote("P1", "CS", 0, 1));
        await question.Submit(Vote("P2", "GOV", 0, -1));
        await question.Submit(Vote("P2", "GOV", 0, 1));
        await question.Submit(Vote("P2", "GOV", written.Statement.Id, 0));
        var before = await question.GetDeliberation();

        await silo.DeactivateAllAsync();
        var after = await question.GetDeliberation();

        Assert.Equal(before.Statements.Select(Fields), after.Statements.Select(Fields));
        Assert.Equal(StatementStatus.Accepted, after.Statements[2].Status);
        Assert.Equal(new Statistics.Deliberation.StatementCounts(1, 0, 0), after.Counts[0]["GOV"]);
        Assert.Equal(new Statistics.Deliberation.StatementCounts(0, 0, 1), after.Counts[2]["GOV"]);
        Assert.Equal(before.Version, after.Version);
    }

    private static (int, string, string?, string?, string?, StatementStatus, long, string?) Fields(Statement s) =>
        (s.Id, s.Text, s.Language, s.AuthorId, s.GroupCode, s.Status, s.SubmittedAt.UtcTicks, s.RequestId);

    [Fact]
    public async Task Votes_are_ledger_entries_of_their_own_kind()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Talk(ModerationMode.Permissive));
        await Question(silo, code, "talk").Submit(Vote("P1", "TC", 1, 1));

        var entries = new List<LedgerRecord>();
        await foreach (var record in silo.Database.Ledger.ReadQuestionAsync(code, "talk", default))
            entries.Add(record);

        Assert.Equal(LedgerEntryKind.Vote, Assert.Single(entries).Entry.Kind);
    }

    [Fact]
    public async Task A_vote_on_a_pending_statement_in_strict_mode_is_refused_and_never_reaches_the_ledger()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Talk(ModerationMode.Strict));
        var question = Question(silo, code, "talk");
        var written = await question.SubmitStatement(new StatementCommand("P1", "CS", "w1", "Rotate the chair.", null));

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => question.Submit(Vote("P2", "GOV", written.Statement.Id, 1)));

        Assert.Equal(Rejection.Conflict, refused.Rejection);
        Assert.Equal(0, (await question.GetSnapshot()).Respondents);
    }
}

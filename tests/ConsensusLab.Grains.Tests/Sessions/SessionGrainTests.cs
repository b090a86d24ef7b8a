using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Sessions;

[Collection(SharedSilo.Collection)]
public sealed class SessionGrainTests(SharedSilo shared)
{
    private static async Task<int> StoredAsync(TestSilo silo, string stateName, string code) =>
        await silo.States.ReadAllAsync(stateName, default).CountAsync(s => s.GrainId.Contains($"/{code}", StringComparison.Ordinal));

    [Fact]
    public async Task Invalid_definition_is_rejected_and_creates_nothing()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();
        var session = silo.Grain<ISessionGrain>(code);

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            session.Create(Definition(Likert("q1"), Likert("q1")) with { Title = "" }, Keys));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
        Assert.Contains("title", rejected.Message, StringComparison.Ordinal);
        Assert.Contains("Question id 'q1' is used twice.", rejected.Message, StringComparison.Ordinal);
        Assert.Null(await session.Get());
        Assert.Equal(0, await StoredAsync(silo, "session", code));
        Assert.Equal(0, await StoredAsync(silo, "question", code));
    }

    [Fact]
    public async Task Created_session_is_a_draft_with_the_default_groups_and_every_question_pending()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();

        var created = await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1"), Position("axis")), Keys);

        Assert.Equal(SessionStatus.Draft, created.Status);
        Assert.Equal(Keys, created.Keys);
        Assert.Equal(["GOV", "IGO", "PS", "CS", "TC", "OTHER"], created.Definition.Groups.Select(g => g.Code));
        foreach (var id in new[] { "q1", "axis" })
        {
            var question = await Question(silo, code, id).GetSnapshot();
            Assert.Equal(QuestionStatus.Pending, question.Status);
            Assert.Equal(created.Definition.Groups.Select(g => g.Code), question.Groups);
        }
        Assert.Equal(PositionAxis.EvolutionCreation, (await Question(silo, code, "axis").GetSnapshot()).Definition.Axis);
        Assert.Equal(2, await StoredAsync(silo, "question", code));
    }

    [Fact]
    public async Task Session_asking_for_academia_gives_its_questions_the_academia_group()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();

        await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")) with { IncludeAcademia = true }, Keys);

        Assert.Equal("GOV IGO PS CS TC ACA OTHER", string.Join(" ", (await Question(silo, code, "q1").GetSnapshot()).Groups));
    }

    [Fact]
    public async Task Likert_question_without_labels_is_created_with_the_five_agreement_labels()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();
        var unlabelled = new QuestionDefinition("q1", QuestionKind.Likert, "Enhanced cooperation is working.", []);

        await silo.Grain<ISessionGrain>(code).Create(Definition(unlabelled), Keys);

        Assert.Equal(LikertLabels.FivePoint.ToArray(), (await Question(silo, code, "q1").GetSnapshot()).Definition.Options.ToArray());
    }

    [Fact]
    public async Task Creating_a_session_that_exists_is_a_conflict_and_keeps_the_first()
    {
        var silo = shared.Silo;
        var session = silo.Grain<ISessionGrain>(SessionCode.New());
        await session.Create(Definition(Likert("q1")), Keys);

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            session.Create(Definition(Likert("other")) with { Title = "Another" }, Keys));

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
        Assert.Equal("From deadlock to dialogue", (await session.Get())!.Definition.Title);
    }

    [Fact]
    public async Task Changing_a_session_that_does_not_exist_is_not_found()
    {
        var silo = shared.Silo;
        var session = silo.Grain<ISessionGrain>(SessionCode.New());

        Assert.Equal(Rejection.NotFound, (await Assert.ThrowsAsync<CommandRejectedException>(session.Open)).Rejection);
        Assert.Equal(Rejection.NotFound, (await Assert.ThrowsAsync<CommandRejectedException>(session.Close)).Rejection);
    }

    [Fact]
    public async Task Session_and_its_status_survive_a_restart()
    {
        var silo = shared.Silo;
        var code = SessionCode.New();
        await silo.Grain<ISessionGrain>(code).Create(Definition(Likert("q1")), Keys);
        await silo.Grain<ISessionGrain>(code).Open();

        await silo.RestartAsync();

        var session = await silo.Grain<ISessionGrain>(code).Get();
        Assert.Equal(SessionStatus.Open, session!.Status);
        Assert.Equal(Keys, session.Keys);
    }
}

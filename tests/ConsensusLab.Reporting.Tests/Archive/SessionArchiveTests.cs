using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Reporting.Tests.Archive;

public sealed class SessionArchiveTests
{
    private const string Code = "ABCDEF";

    [Fact]
    public async Task Loading_reads_the_session_its_group_weights_participants_and_ledger()
    {
        await using var database = await GrainedDatabase.CreateAsync();
        var grains = database.Grains;
        var question = new QuestionDefinition("q1", QuestionKind.Likert, "Trust matters more than law", LikertLabels.FivePoint);
        await grains.GetGrain<ISessionGrain>(Code).Create(new SessionDefinition("Regional coordination", null, [], false, [question], HeldOn: new DateOnly(2026, 11, 23)), new SessionKeys("moderator-hash", "view-hash"));
        await grains.GetGrain<ISessionGrain>(Code).Open();
        await grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(Code, "GOV")).SetWeight(2.5);
        var joined = await grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(Code, "GOV")).Join(new ParticipantProfile("GOV", "KE", Attendance.Onsite));
        var answers = grains.GetGrain<IQuestionGrain>(GrainKeys.Question(Code, "q1"));
        await answers.Open();
        await answers.Submit(new AnswerCommand(joined.Participant.Id, "GOV", "r1", new AnswerValue(Choice: 1)));
        await answers.Submit(new AnswerCommand(joined.Participant.Id, "GOV", "r2", new AnswerValue(Choice: 4)));

        var archive = await SessionArchive.LoadAsync(grains, database.Participants, database.Ledger, Code, CancellationToken.None);

        Assert.NotNull(archive);
        Assert.Equal("Regional coordination", archive.Session.Definition.Title);
        Assert.Equal(new DateOnly(2026, 11, 23), archive.Session.HeldOn);
        Assert.Equal(2.5, archive.GroupWeights["GOV"]);
        Assert.Equal(1.0, archive.GroupWeights["CS"]);
        Assert.Equal(6, archive.GroupWeights.Count);
        Assert.Equal(joined.Participant.Id, Assert.Single(archive.Participants).Id);
        Assert.Equal(2, archive.Ledger.Count);
        Assert.True(archive.Ledger[0].Sequence < archive.Ledger[1].Sequence);
        Assert.Equal(1, SessionSummary.Of(archive).Questions[0].Meters[0].Overall.Agree!.Estimate);
    }

    [Fact]
    public async Task Loading_an_unknown_session_gives_null()
    {
        await using var database = await GrainedDatabase.CreateAsync();

        var archive = await SessionArchive.LoadAsync(database.Grains, database.Participants, database.Ledger, "NOSUCH", CancellationToken.None);

        Assert.Null(archive);
    }
}

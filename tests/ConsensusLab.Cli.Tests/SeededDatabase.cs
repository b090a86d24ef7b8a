using System.Collections.Immutable;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Storage.Sqlite;
using ConsensusLab.Grains.Tests;
using Microsoft.Data.Sqlite;
using Orleans;

namespace ConsensusLab.Cli.Tests;

/// <summary>
/// A temporary directory with a real SQLite database, filled through the grains as the server would fill it, and
/// closed again before the command under test opens it.
/// </summary>
internal sealed class SeededDatabase : IDisposable
{
    public const string Code = "K7MQ2X";

    public SeededDatabase() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"consensuslab-cli-{Guid.NewGuid():N}");

    public string DatabasePath => Path.Combine(Root, "data", "consensuslab.db");

    public string Out => Path.Combine(Root, "export");

    /// <summary>Runs <paramref name="seed"/> against the grains of a silo over the database, then closes everything.</summary>
    public async Task SeedAsync(Func<IGrainFactory, Task> seed)
    {
        await using var database = await SqliteDatabase.OpenAsync(DatabasePath);
        await using var cluster = await SiloCluster.DeployAsync(database, silos: 1);
        await seed(cluster.Client);
    }

    /// <summary>
    /// The workshop: a Likert question and a position question, three participants (GOV in Kenya, CS in Germany,
    /// IGO in Switzerland); the CS participant changes their Likert answer.
    /// </summary>
    public Task SeedWorkshopAsync() => SeedAsync(async grains =>
    {
        await CreateSessionAsync(grains, Code, "Enhanced cooperation for sustainable development");
        var government = await JoinAsync(grains, Code, new ParticipantProfile("GOV", "KE", Attendance.Onsite, Gender.Female, "25-29"));
        var civil = await JoinAsync(grains, Code, new ParticipantProfile("CS", "DE", Attendance.Online, Gender.Male));
        var igo = await JoinAsync(grains, Code, new ParticipantProfile("IGO", "CH", Attendance.Onsite));
        var trust = grains.GetGrain<IQuestionGrain>(GrainKeys.Question(Code, "trust"));
        var axis = grains.GetGrain<IQuestionGrain>(GrainKeys.Question(Code, "axis"));
        await trust.Open();
        await axis.Open();
        await trust.Submit(new AnswerCommand(government, "GOV", "1", new AnswerValue(Choice: 4)));
        await trust.Submit(new AnswerCommand(civil, "CS", "2", new AnswerValue(Choice: 3)));
        await trust.Submit(new AnswerCommand(civil, "CS", "3", new AnswerValue(Choice: 0)));
        await trust.Submit(new AnswerCommand(igo, "IGO", "4", new AnswerValue(Choice: 3)));
        await axis.Submit(new AnswerCommand(government, "GOV", "5", new AnswerValue(Position: 0.6)));
        await axis.Submit(new AnswerCommand(civil, "CS", "6", new AnswerValue(Position: -0.4)));
    });

    public static async Task CreateSessionAsync(IGrainFactory grains, string code, string title)
    {
        ImmutableArray<QuestionDefinition> questions =
        [
            new("trust", QuestionKind.Likert, "Trust matters more than legislation.", LikertLabels.FivePoint),
            new("axis", QuestionKind.Position, "Evolve existing structures or create new ones?", []),
        ];
        var session = grains.GetGrain<ISessionGrain>(code);
        await session.Create(new SessionDefinition(title, null, [], false, questions, HeldOn: new DateOnly(2026, 11, 23)), new SessionKeys("moderator-hash", "view-hash"));
        await session.Open();
    }

    public static async Task<string> JoinAsync(IGrainFactory grains, string code, ParticipantProfile profile)
    {
        var receipt = await grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(code, profile.Group)).Join(profile);
        return receipt.Participant.Id;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}

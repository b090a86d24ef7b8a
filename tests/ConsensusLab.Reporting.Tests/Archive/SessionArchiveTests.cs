using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Statistics;
using ConsensusLab.Storage;
using ConsensusLab.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConsensusLab.Reporting.Tests.Archive;

public sealed class SessionArchiveTests : IAsyncLifetime
{
    private const string Code = "ABCDEF";
    private readonly string _directory = Directory.CreateTempSubdirectory("consensuslab-archive-").FullName;
    private SqliteDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteDatabase.OpenAsync(Path.Combine(_directory, "test.db"));

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Loading_reads_the_participants_and_the_ledger_of_the_session_in_sequence_order()
    {
        var question = new QuestionDefinition("q1", QuestionKind.Likert, "Trust matters more than law", LikertLabels.FivePoint);
        var session = new SessionSnapshot(Code, new SessionDefinition("Regional coordination", null, StakeholderGroupCatalogue.Default(false), false, [question],
            HeldOn: new DateOnly(2026, 11, 23)), SessionStatus.Open, WeightingScheme.EqualFooting, DateTimeOffset.UtcNow, null);
        var participant = new Participant(Code, "P-1", new ParticipantProfile("GOV", "KE", Attendance.Onsite), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await _database.Participants.AddAsync(participant, new byte[] { 1 }, default);
        await _database.Participants.AddAsync(participant with { SessionCode = "OTHER1" }, new byte[] { 2 }, default);
        var first = await _database.Ledger.AppendAsync(Answer("r1", """{"choice":1}"""), default);
        var second = await _database.Ledger.AppendAsync(Answer("r2", """{"choice":4}"""), default);
        await _database.Ledger.AppendAsync(Answer("r3", """{"choice":2}""") with { SessionCode = "OTHER1" }, default);
        var weights = new Dictionary<string, double> { ["GOV"] = 2.5 };

        var archive = await SessionArchive.LoadAsync(session, weights, LdcGraduations.Bundled, _database.Participants, _database.Ledger, CancellationToken.None);

        Assert.Same(session, archive.Session);
        Assert.Equal(2.5, archive.GroupWeights["GOV"]);
        Assert.Equal("P-1", Assert.Single(archive.Participants).Id);
        Assert.Equal([first.Sequence, second.Sequence], archive.Ledger.Select(r => r.Sequence));
        Assert.Equal(1, SessionSummary.Of(archive).Questions[0].Meters[0].Overall.Agree!.Estimate);
    }

    private static LedgerEntry Answer(string requestId, string answer) =>
        new(Code, "q1", 1, "P-1", "GOV", requestId, answer, new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
}

using System.Text.Json;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Reporting;
using ConsensusLab.Reporting.Polis;
using ConsensusLab.Storage;
using ConsensusLab.Storage.Sqlite;

namespace ConsensusLab.Cli.Tests.Commands;

/// <summary>import-polis and export-polis on a real conversation (Polis/README.md: CC BY 4.0, The Computational Democracy Project).</summary>
public sealed class PolisCommandTests : IDisposable
{
    private static readonly string Comments = Path.Combine(AppContext.BaseDirectory, "Polis", "comments.csv");
    private static readonly string Votes = Path.Combine(AppContext.BaseDirectory, "Polis", "votes.csv");
    private readonly SeededDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private Task<CliRun> Import(string comments) =>
        CliRun.RunAsync(["import-polis", "--comments", comments, "--votes", Votes, "--title", "15 per hour Seattle", "--database", _database.DatabasePath]);

    /// <summary>Each voter's latest vote on each comment, as Polis counts it: the later event replaces the earlier.</summary>
    private static Dictionary<(string Voter, int Comment), int> LatestOf(IEnumerable<PolisVoteEvent> votes) => votes.OrderBy(v => v.At)
        .GroupBy(v => (v.VoterId, v.CommentId)).ToDictionary(g => g.Key, g => g.Last().Vote);

    private static PolisConversation Read(string comments, string votes)
    {
        using var commentsFile = File.OpenText(comments);
        using var votesFile = File.OpenText(votes);
        return PolisFormat.Read(commentsFile, votesFile);
    }

    private async Task<List<SessionSnapshot>> StoredSessionsAsync()
    {
        await using var database = await SqliteDatabase.OpenAsync(_database.DatabasePath);
        var sessions = new List<SessionSnapshot>();
        await foreach (var session in new StoredSessions(database.GrainStates).ReadAllAsync(CancellationToken.None))
        sessions.Add(session);
        return sessions;
    }

    [Fact]
    public async Task Import_creates_a_session_whose_ledger_holds_the_conversations_latest_votes_and_prints_its_keys()
    {
        var run = await Import(Comments);

        Assert.Equal(0, run.ExitCode);
        var code = Assert.Single(await StoredSessionsAsync()).Code;
        var original = Read(Comments, Votes);
        Assert.Equal($"Created session {code} in {_database.DatabasePath}: {original.Comments.Count} statements, {original.Votes.Count} votes.", run.OutputLines[0]);
        var moderatorKey = run.OutputLines[1]["Moderator key: ".Length..];
        await using var database = await SqliteDatabase.OpenAsync(_database.DatabasePath);
        var session = await new StoredSessions(database.GrainStates).FindAsync(code, CancellationToken.None);
        Assert.True(AccessKeys.Matches(moderatorKey, session!.Keys!.ModeratorKeyHash));
        var ledger = new List<(long Sequence, string Voter, int Comment, int Vote)>();
        await foreach (var record in database.Ledger.ReadQuestionAsync(code, PolisImport.QuestionId, CancellationToken.None))
        {
            var vote = JsonSerializer.Deserialize<AnswerValue>(record.Entry.Answer, GrainStateJson.Options)!;
            ledger.Add((record.Sequence, record.Entry.ParticipantId, vote.Statement!.Value, vote.Vote!.Value));
        }
        var latest = ledger.OrderBy(v => v.Sequence).GroupBy(v => (v.Voter, v.Comment)).ToDictionary(g => g.Key, g => g.Last().Vote);
        Assert.Equal(LatestOf(original.Votes), latest);
    }

    [Fact]
    public async Task Export_writes_the_imported_conversation_back_in_Polis_format()
    {
        var import = await Import(Comments);
        var code = import.OutputLines[0].Split(' ')[2];

        var run = await CliRun.RunAsync(["export-polis", "--session", code, "--out", _database.Out, "--database", _database.DatabasePath]);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var original = Read(Comments, Votes);
        var exported = Read(Path.Combine(_database.Out, "comments.csv"), Path.Combine(_database.Out, "votes.csv"));
        Assert.Equal(original.Comments.Select(c => (c.CommentId, c.Body, c.Moderated)).Order(), exported.Comments.Select(c => (c.CommentId, c.Body, c.Moderated)));
        Assert.Equal(LatestOf(original.Votes), LatestOf(exported.Votes));
    }

    [Fact]
    public async Task A_malformed_file_is_one_line_on_stderr_and_creates_no_session()
    {
        await _database.SeedWorkshopAsync();
        var malformed = Path.Combine(_database.Root, "comments.csv");
        await File.WriteAllTextAsync(malformed, "this is not,a Polis export\n1,2\n");

        var run = await Import(malformed);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("consensuslab: ", Assert.Single(run.ErrorLines));
        Assert.Equal([SeededDatabase.Code], (await StoredSessionsAsync()).Select(s => s.Code));
    }
}

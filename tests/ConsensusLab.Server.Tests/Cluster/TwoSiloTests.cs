using System.Net;
using System.Text.Json.Nodes;
using ConsensusLab.Storage.Tests.Postgres;

namespace ConsensusLab.Server.Tests.Cluster;

/// <summary>
/// Two silos (two complete servers, in this process) forming one Orleans cluster on one PostgreSQL database: a
/// participant may answer through either, a moderator may watch through either, and both show the same meters.
/// </summary>
[Collection(SilosOnPostgres.Name)]
public sealed class TwoSiloTests(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private ConsensusServer _a = null!;
    private ConsensusServer _b = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = _connectionString };
        _a = new ConsensusServer(settings: settings);
        _b = new ConsensusServer(settings: settings);
        await _a.Client.GetAsync("/health");
        await _b.Client.GetAsync("/health");
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await postgres.DropDatabaseAsync(_connectionString);
    }

    [Fact]
    public async Task Answers_spread_over_both_silos_give_identical_meters_equal_to_a_single_silo_run()
    {
        var code = await _a.CreateSessionAsync(Sessions.LikertAndPosition);
        _b.ModeratorKeys[code] = _a.ModeratorKeys[code];
        var answers = Enumerable.Range(0, 60).Select(i => (Group: new[] { "GOV", "CS", "TC", "PS" }[i % 4], Choice: (i * 7) % 5, Position: ((i * 13) % 21 - 10) / 10.0)).ToList();
        var tokens = new List<string>();
        for (var i = 0; i < answers.Count; i++)
            tokens.Add(await (i % 2 == 0 ? _a : _b).JoinAsync(code, answers[i].Group));
        await Task.WhenAll(answers.Select((a, i) => Silo(i).AnswerOkAsync(code, "agree", tokens[i], new { requestId = $"a{i}", choice = a.Choice })));
        await Task.WhenAll(answers.Select((a, i) => Silo(i + 1).AnswerOkAsync(code, "axis", tokens[i], new { requestId = $"p{i}", position = a.Position })));
        // A few participants change their minds, through the other silo.
        for (var i = 0; i < 10; i++)
            await Silo(i + 1).AnswerOkAsync(code, "agree", tokens[i], new { requestId = $"c{i}", choice = 4 });

        var onA = await ConvergedAsync(code);

        await using var single = new ConsensusServer();
        var singleCode = await single.CreateSessionAsync(Sessions.LikertAndPosition);
        for (var i = 0; i < answers.Count; i++)
        {
            var token = await single.JoinAsync(singleCode, answers[i].Group);
            await single.AnswerOkAsync(singleCode, "agree", token, new { requestId = $"a{i}", choice = i < 10 ? 4 : answers[i].Choice });
            await single.AnswerOkAsync(singleCode, "axis", token, new { requestId = $"p{i}", position = answers[i].Position });
        }
        var alone = await ConsensusServer.ReadAsync(await single.ModeratorAsync(HttpMethod.Get, singleCode, "meters"));
        Assert.Equal(MeterComparison.Figures(alone["questions"]!), MeterComparison.Figures(onA["questions"]!));
    }

    [Fact]
    public async Task Answer_retried_through_the_other_silo_counts_once()
    {
        var code = await _a.CreateSessionAsync(Sessions.LikertAndPosition);
        _b.ModeratorKeys[code] = _a.ModeratorKeys[code];
        var token = await _a.JoinAsync(code, "IGO");
        var first = await _a.AnswerOkAsync(code, "agree", token, new { requestId = "once", choice = 3 });
        var retry = await _b.AnswerOkAsync(code, "agree", token, new { requestId = "once", choice = 3 });
        Assert.Equal(first["sequence"]!.GetValue<long>(), retry["sequence"]!.GetValue<long>());
        var converged = await ConvergedAsync(code);
        var agree = converged["questions"]!.AsArray().Single(q => q!["questionId"]!.GetValue<string>() == "agree")!;
        Assert.Equal(1, agree["meters"]!["headcount"]!["overall"]!["respondents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Question_closed_through_one_silo_is_closed_on_the_other()
    {
        var code = await _a.CreateSessionAsync(Sessions.LikertAndPosition);
        _b.ModeratorKeys[code] = _a.ModeratorKeys[code];
        var token = await _b.JoinAsync(code, "TC");
        await _b.AnswerOkAsync(code, "pick", token, new { requestId = "before", choice = 1 });
        (await _a.ModeratorAsync(HttpMethod.Post, code, "questions/pick/close")).EnsureSuccessStatusCode();

        var deadline = DateTime.UtcNow + Patience;
        HttpStatusCode status;
        var attempt = 0;
        do
        {
            status = (await _b.AnswerAsync(code, "pick", token, new { requestId = $"after{attempt++}", choice = 2 })).StatusCode;
            if (status == HttpStatusCode.OK)
                await Task.Delay(50);
        }
        while (status == HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task Live_meters_on_one_silo_show_answers_taken_by_the_other()
    {
        var code = await _a.CreateSessionAsync(Sessions.LikertAndPosition);
        _b.ModeratorKeys[code] = _a.ModeratorKeys[code];
        await using var live = await LiveEvents.ConnectAsync(_b.Client, code, _a.ViewKeys[code]);
        var token = await _a.JoinAsync(code, "GOV");
        var receipt = await _a.AnswerOkAsync(code, "agree", token, new { requestId = "live", choice = 4 });
        var sequence = receipt["sequence"]!.GetValue<long>();
        var update = await live.WaitForAsync("meters", m => m["questionId"]!.GetValue<string>() == "agree"
            && m["version"]!.GetValue<long>() >= sequence, Patience);
        Assert.Equal(1, update["meters"]!["headcount"]!["overall"]!["respondents"]!.GetValue<int>());
    }

    private ConsensusServer Silo(int i) => i % 2 == 0 ? _a : _b;

    /// <summary>Polls both silos until their meters are equal (and then returns them), or fails after a while.</summary>
    private async Task<JsonObject> ConvergedAsync(string code)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var onA = await ConsensusServer.ReadAsync(await _a.ModeratorAsync(HttpMethod.Get, code, "meters"));
            var onB = await ConsensusServer.ReadAsync(await _b.ModeratorAsync(HttpMethod.Get, code, "meters"));
            if (onA.ToJsonString() == onB.ToJsonString())
                return onA;
            Assert.True(DateTime.UtcNow < deadline, $"The silos did not agree:\nA: {onA}\nB: {onB}");
            await Task.Delay(100);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>Statements questions over HTTP (issue 14): moderation, votes through the ledger, routing, per-group figures.</summary>
public sealed class StatementEndpointsTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _strict = "";
    private string _permissive = "";

    public async Task InitializeAsync()
    {
        _strict = await _server.CreateSessionAsync(Deliberation("strict"));
        _permissive = await _server.CreateSessionAsync(Deliberation("permissive"));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task In_strict_mode_a_statement_is_hidden_until_the_moderator_accepts_it()
    {
        var author = await _server.JoinAsync(_strict, "CS");
        var reader = await _server.JoinAsync(_strict, "GOV");
        var written = await ConsensusServer.ReadAsync(await SubmitAsync(_strict, author, "w1", "Open standards for every registry."));
        var id = written["statement"]!["id"]!.GetValue<int>();
        Assert.Equal("pending", written["statement"]!["status"]!.GetValue<string>());

        var servedBefore = await ServeAllAsync(_strict, reader);
        var voteBefore = await VoteAsync(_strict, reader, "v1", id, 1);
        var queue = await DeliberationAsync(_strict);
        var accepted = await _server.ModeratorAsync(HttpMethod.Put, _strict, $"questions/talk/statements/{id}/status",
            new JsonObject { ["status"] = "accepted" });
        var servedAfter = await ConsensusServer.ReadAsync(await NextAsync(_strict, reader));

        Assert.DoesNotContain(id, servedBefore);
        Assert.Equal(HttpStatusCode.Conflict, voteBefore.StatusCode);
        Assert.Equal("pending", Statement(queue, id)["status"]!.GetValue<string>());
        Assert.Equal("CS", Statement(queue, id)["authorGroup"]!.GetValue<string>());
        Assert.Equal("accepted", (await ConsensusServer.ReadAsync(accepted))["status"]!.GetValue<string>());
        Assert.Equal(id, servedAfter["statement"]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task In_permissive_mode_a_statement_is_served_at_once_and_a_rejected_one_takes_no_votes()
    {
        var author = await _server.JoinAsync(_permissive, "TC");
        var reader = await _server.JoinAsync(_permissive, "GOV");
        var id = (await ConsensusServer.ReadAsync(await SubmitAsync(_permissive, author, "w1", "Fund the secretariat.")))["statement"]!["id"]!.GetValue<int>();

        var served = await ServeAllAsync(_permissive, reader);
        (await _server.ModeratorAsync(HttpMethod.Put, _permissive, $"questions/talk/statements/{id}/status",
            new JsonObject { ["status"] = "rejected" })).EnsureSuccessStatusCode();
        var meta = await _server.ModeratorAsync(HttpMethod.Put, _permissive, "questions/talk/statements/0/status", new JsonObject { ["status"] = "meta" });
        var vote = await VoteAsync(_permissive, reader, "v1", id, 1);

        Assert.Contains(id, served);
        Assert.Equal(HttpStatusCode.Conflict, vote.StatusCode);
        Assert.Equal("meta", (await ConsensusServer.ReadAsync(meta))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_changed_vote_and_a_retried_vote_count_once()
    {
        var token = await _server.JoinAsync(_strict, "GOV");
        var (rowsBefore, _) = await _server.StoredRowsAsync();

        var first = await ConsensusServer.ReadAsync(await VoteAsync(_strict, token, "r1", 1, 1));
        var retry = await ConsensusServer.ReadAsync(await VoteAsync(_strict, token, "r1", 1, 1));
        var changed = await ConsensusServer.ReadAsync(await VoteAsync(_strict, token, "r2", 1, -1));
        var (rowsAfter, _) = await _server.StoredRowsAsync();
        var counts = Statement(await DeliberationAsync(_strict), 1)["figure"]!["overall"]!["counts"]!;
        var mine = await ConsensusServer.ReadAsync(await GetAsync($"/api/sessions/{_strict}/questions/talk/votes/mine", token));

        Assert.True(retry["retried"]!.GetValue<bool>());
        Assert.Equal(first["sequence"]!.GetValue<long>(), retry["sequence"]!.GetValue<long>());
        Assert.True(changed["replaced"]!.GetValue<bool>());
        Assert.Equal(2, rowsAfter - rowsBefore);
        Assert.Equal(0, counts["agree"]!.GetValue<int>());
        Assert.Equal(1, counts["disagree"]!.GetValue<int>());
        Assert.Equal(-1, Assert.Single(mine["votes"]!.AsArray())!["vote"]!.GetValue<int>());
    }

    [Fact]
    public async Task Routing_never_serves_a_statement_twice_unless_the_participant_asks_to_revisit()
    {
        var token = await _server.JoinAsync(_strict, "IGO");
        var first = await ConsensusServer.ReadAsync(await NextAsync(_strict, token));
        await VoteAsync(_strict, token, "v1", first["statement"]!["id"]!.GetValue<int>(), 0);

        var served = await ServeAllAsync(_strict, token);
        var revisited = await ConsensusServer.ReadAsync(await NextAsync(_strict, token, revisit: true));

        Assert.Equal(3, served.Count + 1);
        Assert.Equal(served.Count, served.Distinct().Count());
        Assert.DoesNotContain(first["statement"]!["id"]!.GetValue<int>(), served);
        // Revisiting offers again what was served without a vote, never what was voted on.
        Assert.Contains(revisited["statement"]!["id"]!.GetValue<int>(), served);
    }

    [Fact]
    public async Task Figures_per_group_and_overall_are_the_shares_among_those_who_voted()
    {
        // GOV: agree, agree, disagree; CS: pass. By hand: GOV agrees 2/3, disagrees 1/3; CS passes 1/1;
        // overall on an equal footing (the default weighting) agree (2/3 + 0)/2 = 1/3, pass (0 + 1)/2 = 1/2.
        foreach (var (group, vote) in new[] { ("GOV", 1), ("GOV", 1), ("GOV", -1), ("CS", 0) })
            await ConsensusServer.ReadAsync(await VoteAsync(_permissive, await _server.JoinAsync(_permissive, group), "v", 2, vote));

        var figure = Statement(await DeliberationAsync(_permissive), 2)["figure"]!;
        var groups = figure["groups"]!.AsArray().ToDictionary(g => g!["group"]!.GetValue<string>());

        Assert.Equal(2.0 / 3, groups["GOV"]!["agree"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(1.0 / 3, groups["GOV"]!["disagree"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(1.0, groups["CS"]!["pass"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(1.0 / 3, figure["overall"]!["agree"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(0.5, figure["overall"]!["pass"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(4, figure["overall"]!["counts"]!["voted"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_resent_statement_is_stored_once_and_a_participant_writing_too_fast_is_told_to_wait()
    {
        var token = await _server.JoinAsync(_permissive, "PS");
        var first = await ConsensusServer.ReadAsync(await SubmitAsync(_permissive, token, "s0", "Statement number zero."));
        var resent = await ConsensusServer.ReadAsync(await SubmitAsync(_permissive, token, "s0", "Statement number zero."));
        for (var i = 1; i < 5; i++)
            await ConsensusServer.ReadAsync(await SubmitAsync(_permissive, token, $"s{i}", $"Statement number {i}."));

        var sixth = await SubmitAsync(_permissive, token, "s5", "One statement too many.");
        var tooLong = await SubmitAsync(_permissive, await _server.JoinAsync(_permissive, "PS"), "long", new string('x', 281));

        Assert.True(resent["retried"]!.GetValue<bool>());
        Assert.Equal(first["statement"]!["id"]!.GetValue<int>(), resent["statement"]!["id"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_exports_list_every_statement_and_vote_and_the_report_reads_a_session_with_a_statements_question()
    {
        var author = await _server.JoinAsync(_strict, "CS");
        await ConsensusServer.ReadAsync(await SubmitAsync(_strict, author, "w1", "Rotate the chair."));
        await ConsensusServer.ReadAsync(await VoteAsync(_strict, author, "v1", 0, 1));
        await ConsensusServer.ReadAsync(await VoteAsync(_strict, author, "v2", 0, -1));

        var statements = await ExportLinesAsync(_strict, "statements.csv");
        var votes = await ExportLinesAsync(_strict, "votes.csv");
        var figures = await ExportLinesAsync(_strict, "statement_figures.csv");
        var report = await _server.ModeratorAsync(HttpMethod.Get, _strict, "report");

        Assert.Equal(1 + 4, statements.Length);
        Assert.EndsWith(",CS,", statements[4][..(statements[4].LastIndexOf(',') + 1)], StringComparison.Ordinal);
        Assert.Equal(["superseded", "current"], votes.Skip(1).Select(line => line[(line.LastIndexOf(',') + 1)..]));
        // Statement 0 has one vote: the overall row and CS's under each of the three schemes.
        Assert.Equal(1 + (3 * 2), figures.Length);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
    }

    private async Task<string[]> ExportLinesAsync(string code, string file)
    {
        var response = await _server.ModeratorAsync(HttpMethod.Get, code, $"exports/{file}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static object Deliberation(string moderation) => new
    {
        title = "Deliberation",
        heldOn = "2026-11-23",
        privacyThreshold = 1,
        questions = new object[]
        {
            new
            {
                id = "talk", kind = "statements", prompt = "What should the forum do next?",
                options = new[] { "Meet twice a year.", "Publish every input.", "Rotate the chair." },
                statements = new { moderation, maxLength = 280 },
            },
        },
    };

    private async Task<List<int>> ServeAllAsync(string code, string token)
    {
        var served = new List<int>();
        while ((await ConsensusServer.ReadAsync(await NextAsync(code, token)))["statement"] is JsonObject statement)
            served.Add(statement["id"]!.GetValue<int>());
        return served;
    }

    private static JsonObject Statement(JsonObject deliberation, int id) =>
        deliberation["statements"]!.AsArray().Single(s => s!["id"]!.GetValue<int>() == id)!.AsObject();

    private async Task<JsonObject> DeliberationAsync(string code) =>
        await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, code, "questions/talk/deliberation"));

    private Task<HttpResponseMessage> NextAsync(string code, string token, bool revisit = false) =>
        GetAsync($"/api/sessions/{code}/questions/talk/statements/next{(revisit ? "?revisit=true" : "")}", token);

    private Task<HttpResponseMessage> VoteAsync(string code, string token, string requestId, int statement, int vote) =>
        PostAsync($"/api/sessions/{code}/questions/talk/votes", token, new { requestId, statement, vote });

    private Task<HttpResponseMessage> SubmitAsync(string code, string token, string requestId, string text) =>
        PostAsync($"/api/sessions/{code}/questions/talk/statements", token, new { requestId, text, language = "en" });

    private Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        return _server.Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string token, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: ConsensusServer.Json) };
        request.Headers.Authorization = new("Bearer", token);
        return _server.Client.SendAsync(request);
    }
}

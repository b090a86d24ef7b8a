using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>Privacy threshold, verified groups, revealing results and Delphi rounds, over HTTP.</summary>
public sealed class RoomFeatureTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static object Session(int privacyThreshold = 1, bool requireInvites = false) => new
    {
        title = "Room features",
        privacyThreshold,
        requireInvites,
        questions = new object[]
        {
            new { id = "agree", kind = "likert", prompt = "We agree.", options = Sessions.FivePoints },
            new { id = "axis", kind = "position", prompt = "Evolve or create?" },
        },
    };

    [Fact]
    public async Task Group_below_the_privacy_threshold_is_withheld_live_and_in_exports()
    {
        var code = await _server.CreateSessionAsync(Session(privacyThreshold: 3));
        for (var i = 0; i < 3; i++)
            await _server.AnswerOkAsync(code, "agree", await _server.JoinAsync(code, "GOV"), new { requestId = "g", choice = 4 });
        await _server.AnswerOkAsync(code, "agree", await _server.JoinAsync(code, "TC"), new { requestId = "t", choice = 0 });

        var groups = (await _server.MetersAsync(code, "agree"))["meters"]!["headcount"]!["groups"]!.AsArray();
        var tc = groups.Single(g => g!["group"]!.GetValue<string>() == "TC")!;
        Assert.True(tc["suppressed"]!.GetValue<bool>());
        Assert.Null(tc["agree"]);
        Assert.False(groups.Single(g => g!["group"]!.GetValue<string>() == "GOV")!["suppressed"]!.GetValue<bool>());

        var summary = await (await _server.ModeratorAsync(HttpMethod.Get, code, "exports/summary.csv")).Content.ReadAsStringAsync();
        var tcRows = summary.Split("\r\n").Where(l => l.Contains(",TC,", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tcRows);
        // Respondents and total weight 0, every figure empty: nothing of the lone Technical Community answer shows.
        Assert.All(tcRows, row => Assert.Contains(",TC,0,0,,,", row, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invite_code_sets_the_group_and_a_session_that_requires_one_refuses_self_declaration()
    {
        var code = await _server.CreateSessionAsync(Session(requireInvites: true));
        var issued = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Post, code, "invites",
            new JsonObject { ["group"] = "IGO", ["count"] = 2 }));
        var invite = issued["codes"]!.AsArray()[0]!.GetValue<string>();

        var declared = await _server.Client.PostAsync($"/api/sessions/{code}/participants", Json(new JsonObject
            { ["group"] = "GOV", ["country"] = "FR", ["attendance"] = "onsite" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, declared.StatusCode);

        var joined = await ConsensusServer.ReadAsync(await _server.Client.PostAsync($"/api/sessions/{code}/participants", Json(new JsonObject
            { ["group"] = "GOV", ["inviteCode"] = invite.ToLowerInvariant(), ["country"] = "CH", ["attendance"] = "online" })));
        Assert.Equal("IGO", joined["group"]!.GetValue<string>());

        var session = await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{code}"));
        Assert.True(session["requireInvites"]!.GetValue<bool>());
        Assert.All(session["groups"]!.AsArray(), g => Assert.True(g!["verified"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Revealed_question_sends_its_meters_to_participants_pages()
    {
        var code = await _server.CreateSessionAsync(Session());
        await _server.AnswerOkAsync(code, "agree", await _server.JoinAsync(code, "CS"), new { requestId = "1", choice = 3 });
        await using var live = await LiveEvents.ConnectAsync(_server.Client, code, key: null);
        (await _server.ModeratorAsync(HttpMethod.Post, code, "questions/agree/reveal")).EnsureSuccessStatusCode();

        var update = await live.WaitForAsync("meters", m => m["questionId"]!.GetValue<string>() == "agree", TimeSpan.FromSeconds(10));
        Assert.True(update["revealed"]!.GetValue<bool>());
        Assert.Equal(1, update["meters"]!["headcount"]!["overall"]!["respondents"]!.GetValue<int>());
    }

    [Fact]
    public async Task New_round_starts_empty_keeps_the_previous_round_and_measures_the_shift()
    {
        var code = await _server.CreateSessionAsync(Session());
        var a = await _server.JoinAsync(code, "GOV");
        var b = await _server.JoinAsync(code, "CS");
        await _server.AnswerOkAsync(code, "agree", a, new { requestId = "a1", choice = 1 });
        await _server.AnswerOkAsync(code, "agree", b, new { requestId = "b1", choice = 4 });

        var round2 = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Post, code, "questions/agree/rounds"));
        Assert.Equal(2, round2["round"]!.GetValue<int>());
        Assert.Equal(0, (await _server.MetersAsync(code, "agree"))["meters"]!["headcount"]!["overall"]!["respondents"]!.GetValue<int>());

        // Round 1 is over, so anyone may see how each group answered in it.
        var previous = await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{code}/questions/agree/rounds/1/distribution"));
        Assert.Equal(2, previous["overall"]!["respondents"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.Client.GetAsync($"/api/sessions/{code}/questions/agree/rounds/2/distribution")).StatusCode);

        // In round 2 the Government participant moves to agree: % agree goes from 1/2 to 2/2.
        await _server.AnswerOkAsync(code, "agree", a, new { requestId = "a2", choice = 3 });
        await _server.AnswerOkAsync(code, "agree", b, new { requestId = "b2", choice = 4 });
        var shift = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, code, "questions/agree/rounds/2/change"));
        Assert.Equal(0.5, shift["netChangeAgree"]!.GetValue<double>(), 12);
        Assert.Equal(2, shift["pairs"]!.GetValue<int>());
        Assert.Equal(0.5, shift["shareMoved"]!.GetValue<double>(), 12);
        Assert.Equal(2, (await _server.MetersAsync(code, "agree"))["meters"]!["headcount"]!["overall"]!["respondents"]!.GetValue<int>());
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}

using System.Text;
using System.Text.Json.Nodes;
using static ConsensusLab.Server.Tests.Problems;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// The moderator steers the projector (issue 11): PUT /api/sessions/{code}/projector is kept with the session,
/// reaches live projectors and survives a restart; the automatic choice follows the question opened last.
/// </summary>
public sealed class ProjectorTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync() => _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Opening_every_question_at_once_does_not_pin_the_projector_to_the_first()
    {
        // CreateSessionAsync opened agree, axis and pick, in that order.
        Assert.Equal(("automatic", "question", "pick"), Projector(await SessionAsync()));

        await OkAsync(HttpMethod.Post, "questions/pick/close");
        Assert.Equal(("automatic", "question", "axis"), Projector(await SessionAsync()));

        await OkAsync(HttpMethod.Post, "questions/agree/close");
        await OkAsync(HttpMethod.Post, "questions/agree/rounds");
        Assert.Equal(("automatic", "question", "agree"), Projector(await SessionAsync()));
    }

    [Fact]
    public async Task Automatic_projector_shows_the_join_screen_before_any_question_opens_and_the_last_one_after_all_closed()
    {
        var code = await _server.CreateSessionAsync(Sessions.LikertAndPosition, open: false);
        Assert.Equal(("automatic", "join", null), Projector(await SessionAsync(code)));

        (await _server.ModeratorAsync(HttpMethod.Post, code, "questions/axis/open")).EnsureSuccessStatusCode();
        (await _server.ModeratorAsync(HttpMethod.Post, code, "questions/axis/close")).EnsureSuccessStatusCode();
        Assert.Equal(("automatic", "question", "axis"), Projector(await SessionAsync(code)));
    }

    [Theory]
    [InlineData("""{"mode":"question","questionId":"agree"}""", "question", "question", "agree")]
    [InlineData("""{"mode":"join"}""", "join", "join", null)]
    [InlineData("""{"mode":"automatic"}""", "automatic", "question", "pick")]
    public async Task Moderator_chooses_what_the_projector_shows(string body, string mode, string screen, string? question)
    {
        var answer = await ConsensusServer.ReadAsync(await PutAsync(body, _server.ModeratorKeys[_code]));
        Assert.Equal((mode, screen, question), Projector(answer));
        Assert.Equal((mode, screen, question), Projector(await SessionAsync()));
    }

    [Fact]
    public async Task A_pending_question_can_be_put_on_the_projector_before_it_opens()
    {
        var code = await _server.CreateSessionAsync(Sessions.LikertAndPosition, open: false);
        var answer = await ConsensusServer.ReadAsync(await PutAsync("""{"mode":"question","questionId":"axis"}""", _server.ModeratorKeys[code], code));
        Assert.Equal(("question", "question", "axis"), Projector(answer));
    }

    [Fact]
    public async Task Projector_choice_survives_a_restart()
    {
        string code;
        string path;
        await using (var first = new ConsensusServer())
        {
            path = first.DatabasePath;
            code = await first.CreateSessionAsync(Sessions.LikertAndPosition);
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/sessions/{code}/projector")
            {
                Content = new StringContent("""{"mode":"question","questionId":"axis"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Moderator-Key", first.ModeratorKeys[code]);
            await ConsensusServer.ReadAsync(await first.Client.SendAsync(request));
        }

        await using var restarted = new ConsensusServer(path);
        var session = await ConsensusServer.ReadAsync(await restarted.Client.GetAsync($"/api/sessions/{code}"));
        Assert.Equal(("question", "question", "axis"), Projector(session));
    }

    [Fact]
    public async Task Live_projectors_follow_the_choice()
    {
        await using var live = await LiveEvents.ConnectAsync(_server.Client, _code, _server.ViewKeys[_code]);
        await live.WaitForAsync("session", s => Projector(s) == ("automatic", "question", "pick"), TimeSpan.FromSeconds(30));

        await ConsensusServer.ReadAsync(await PutAsync("""{"mode":"join"}""", _server.ModeratorKeys[_code]));
        await live.WaitForAsync("session", s => Projector(s) == ("join", "join", null), TimeSpan.FromSeconds(30));

        await ConsensusServer.ReadAsync(await PutAsync("""{"mode":"question","questionId":"agree"}""", _server.ModeratorKeys[_code]));
        await live.WaitForAsync("session", s => Projector(s) == ("question", "question", "agree"), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Without_a_key_the_choice_is_unauthenticated_and_changes_nothing()
    {
        var response = await PutAsync("""{"mode":"join"}""", key: null);
        await AssertProblemAsync(response, 401, "moderator key");
        Assert.Equal(("automatic", "question", "pick"), Projector(await SessionAsync()));
    }

    [Fact]
    public async Task With_the_view_key_the_choice_is_forbidden_and_changes_nothing()
    {
        var response = await PutAsync("""{"mode":"join"}""", _server.ViewKeys[_code]);
        await AssertProblemAsync(response, 403, "moderator");
        Assert.Equal(("automatic", "question", "pick"), Projector(await SessionAsync()));
    }

    public static TheoryData<string, int, string> BadChoices => new()
    {
        // raw JSON body, expected status, words the problem must contain
        { """{}""", 422, "mode" },
        { """{"questionId":"agree"}""", 422, "mode" },
        { """{"mode":"question"}""", 422, "questionId" },
        { """{"mode":"question","questionId":"nope"}""", 422, "no question 'nope'" },
        { """{"mode":"question","questionId":""}""", 422, "questionId" },
        { """{"mode":"join","questionId":"agree"}""", 422, "leave out 'questionId'" },
        { """{"mode":"automatic","questionId":"agree"}""", 422, "leave out 'questionId'" },
        { """{"mode":"sideways"}""", 400, "JSON" },
        { """{"mode":2}""", 400, "JSON" },
        { "{\"mode\":\"join\"", 400, "JSON" },
        { """["join"]""", 400, "JSON" },
    };

    [Theory]
    [MemberData(nameof(BadChoices))]
    public async Task Bad_choice_is_refused_with_a_problem_and_changes_nothing(string body, int status, string words)
    {
        await ConsensusServer.ReadAsync(await PutAsync("""{"mode":"question","questionId":"axis"}""", _server.ModeratorKeys[_code]));
        var response = await PutAsync(body, _server.ModeratorKeys[_code]);
        await AssertProblemAsync(response, status, words);
        Assert.Equal(("question", "question", "axis"), Projector(await SessionAsync()));
    }

    [Fact]
    public async Task Choice_for_an_unknown_session_is_not_found()
    {
        var response = await PutAsync("""{"mode":"join"}""", _server.ModeratorKeys[_code], "ZZZZZZ");
        await AssertProblemAsync(response, 404, "no session");
    }

    [Fact]
    public async Task The_command_is_in_the_OpenAPI_document()
    {
        var document = await ConsensusServer.ReadAsync(await _server.Client.GetAsync("/openapi/v1.json"));
        var put = document["paths"]!["/api/sessions/{code}/projector"]!["put"]!;
        Assert.Equal("Choose what the projector shows", put["summary"]!.GetValue<string>());
        Assert.NotNull(put["requestBody"]);
        foreach (var status in new[] { "200", "401", "403", "404", "422" })
            Assert.NotNull(put["responses"]![status]);
        var mode = document["components"]!["schemas"]!["ProjectorMode"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(["automatic", "question", "join"], mode);
    }

    private static (string Mode, string Screen, string? QuestionId) Projector(JsonObject session)
    {
        var projector = session["projector"]!;
        return (projector["mode"]!.GetValue<string>(), projector["screen"]!.GetValue<string>(), projector["questionId"]?.GetValue<string>());
    }

    private async Task<JsonObject> SessionAsync(string? code = null) =>
        await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{code ?? _code}"));

    private async Task OkAsync(HttpMethod method, string path) =>
        (await _server.ModeratorAsync(method, _code, path)).EnsureSuccessStatusCode();

    private Task<HttpResponseMessage> PutAsync(string body, string? key, string? code = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/sessions/{code ?? _code}/projector")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
            request.Headers.Add("X-Moderator-Key", key);
        return _server.Client.SendAsync(request);
    }
}

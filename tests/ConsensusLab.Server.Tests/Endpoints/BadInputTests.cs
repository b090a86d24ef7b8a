using System.Text;
using System.Text.Json.Nodes;
using static ConsensusLab.Server.Tests.Problems;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>Every kind of bad request gets a 4xx problem+json that names the problem, and nothing is stored.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";
    private string _token = "";

    public async Task InitializeAsync()
    {
        _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);
        _token = await _server.JoinAsync(_code, "CS");
        (await _server.ModeratorAsync(HttpMethod.Post, _code, $"questions/pick/close")).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, string, int, string> BadAnswers => new()
    {
        // question, raw JSON body, expected status, words the problem must contain
        { "agree", """{"requestId":"x","choice":5}""", 422, "between 0 and 4" },
        { "agree", """{"requestId":"x","choice":-1}""", 422, "between 0 and 4" },
        { "agree", """{"requestId":"x","position":0.5}""", 422, "takes 'choice'" },
        { "agree", """{"requestId":"x","choice":1,"position":0.5}""", 422, "exactly one" },
        { "agree", """{"requestId":"x"}""", 422, "exactly one" },
        { "agree", """{"requestId":"x","choice":"three"}""", 400, "JSON" },
        { "agree", """{"requestId":"x","choice":99999999999999999999}""", 400, "JSON" },
        { "agree", """{"requestId":"x","choice":3""", 400, "JSON" },
        { "agree", """[1,2,3]""", 400, "JSON" },
        { "axis", """{"requestId":"x","position":1.5}""", 422, "between -1 and 1" },
        { "axis", """{"requestId":"x","position":NaN}""", 400, "JSON" },
        { "axis", """{"requestId":"x","position":"Infinity"}""", 400, "JSON" },
        { "axis", """{"requestId":"x","position":1e400}""", 422, "between -1 and 1" },
        { "pick", """{"requestId":"x","choice":1}""", 409, "closed" },
        { "nope", """{"requestId":"x","choice":1}""", 404, "no question 'nope'" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Bad_answer_is_refused_with_a_problem_and_stores_nothing(string question, string body, int status, string words)
    {
        var before = await _server.StoredRowsAsync();
        var response = await PostAsync($"/api/sessions/{_code}/questions/{question}/answers", body, _token);
        await AssertProblemAsync(response, status, words);
        Assert.Equal(before, await _server.StoredRowsAsync());
    }

    [Fact]
    public async Task Answer_to_an_unknown_session_is_not_found()
    {
        var response = await PostAsync("/api/sessions/ZZZZZZ/questions/agree/answers", """{"choice":1}""", _token);
        await AssertProblemAsync(response, 404, "no session");
    }

    [Fact]
    public async Task Answer_without_a_token_is_unauthenticated()
    {
        var response = await PostAsync($"/api/sessions/{_code}/questions/agree/answers", """{"choice":1}""", token: null);
        await AssertProblemAsync(response, 401, "Bearer");
    }

    [Fact]
    public async Task Answer_with_an_unknown_token_is_unauthenticated()
    {
        var response = await PostAsync($"/api/sessions/{_code}/questions/agree/answers", """{"choice":1}""", "made-up-token");
        await AssertProblemAsync(response, 401, "not known");
    }

    [Fact]
    public async Task Token_of_another_session_is_refused_and_stores_nothing()
    {
        var other = await _server.CreateSessionAsync(Sessions.LikertAndPosition);
        var foreignToken = await _server.JoinAsync(other, "GOV");
        var before = await _server.StoredRowsAsync();
        var response = await PostAsync($"/api/sessions/{_code}/questions/agree/answers", """{"choice":1}""", foreignToken);
        await AssertProblemAsync(response, 403, "another session");
        Assert.Equal(before, await _server.StoredRowsAsync());
    }

    [Fact]
    public async Task Oversize_body_is_refused_before_it_is_read()
    {
        var body = $$"""{"requestId":"{{new string('x', 40_000)}}","choice":1}""";
        var before = await _server.StoredRowsAsync();
        await AssertProblemAsync(await PostAsync($"/api/sessions/{_code}/questions/agree/answers", body, _token), 413, "at most");
        Assert.Equal(before, await _server.StoredRowsAsync());
    }

    [Fact]
    public async Task Overlong_request_id_is_refused()
    {
        var body = $$"""{"requestId":"{{new string('x', 101)}}","choice":1}""";
        await AssertProblemAsync(await PostAsync($"/api/sessions/{_code}/questions/agree/answers", body, _token), 422, "requestId");
    }

    public static TheoryData<string, int, string> BadJoins => new()
    {
        { """{"group":"XYZ","country":"KE","attendance":"onsite"}""", 422, "not a stakeholder group" },
        { """{"group":"CS","country":"QQ","attendance":"onsite"}""", 422, "ISO 3166-1" },
        { """{"group":"CS","country":"KE","attendance":"onsite","ageBand":"ancient"}""", 422, "age band" },
        { """{"group":"CS","country":"KE","attendance":"teleported"}""", 400, "JSON" },
        { """{"group":"CS","country":"KE","attendance":"onsite","gender":"robot"}""", 400, "JSON" },
        { """{"country":"KE","attendance":"onsite"}""", 422, "'group'" },
        { """{"group":"CS","attendance":"onsite"}""", 422, "'country'" },
    };

    [Theory]
    [MemberData(nameof(BadJoins))]
    public async Task Bad_join_is_refused_and_stores_nothing(string body, int status, string words)
    {
        var before = await _server.StoredRowsAsync();
        await AssertProblemAsync(await PostAsync($"/api/sessions/{_code}/participants", body, token: null), status, words);
        Assert.Equal(before, await _server.StoredRowsAsync());
    }

    [Fact]
    public async Task Joining_a_closed_session_is_a_conflict()
    {
        (await _server.ModeratorAsync(HttpMethod.Post, _code, $"close")).EnsureSuccessStatusCode();
        await AssertProblemAsync(await PostAsync($"/api/sessions/{_code}/participants", """{"group":"CS","country":"KE","attendance":"online"}""", null), 409, "closed");
    }

    [Fact]
    public async Task Invalid_session_definition_is_refused_with_every_problem_named()
    {
        var body = new JsonObject
        {
            ["title"] = "",
            ["questions"] = new JsonArray(new JsonObject { ["id"] = "q 1", ["kind"] = "likert", ["prompt"] = "P", ["options"] = new JsonArray("a", "b") }),
        };
        var response = await PostAsync("/api/sessions", body.ToJsonString(), null);
        var problem = await AssertProblemAsync(response, 422, "title");
        Assert.Contains("5 or 7", problem, StringComparison.Ordinal);
        Assert.Contains("'q 1'", problem, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        return await _server.Client.SendAsync(request);
    }
}

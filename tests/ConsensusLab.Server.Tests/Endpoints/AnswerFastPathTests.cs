using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ConsensusLab.Server.Answers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// An answer or a vote with a declared length takes the fast path (AnswerFastPath); one without (a streamed body) takes
/// routing and the endpoint. Each case here goes both ways, from two participants, and must come back alike: the same
/// status, the same problem, the same receipt, and the same rows stored.
/// </summary>
public sealed class AnswerFastPathTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, route (answers or votes, after /questions/), token ("valid", "unknown" or "none"), body ({rid}: a fresh request id)
        { "a Likert answer", "agree/answers", "valid", """{"requestId":"{rid}","choice":2}""" },
        { "a position", "axis/answers", "valid", """{"requestId":"{rid}","position":-0.25}""" },
        { "a vote", "talk/votes", "valid", """{"requestId":"{rid}","statement":1,"vote":-1}""" },
        { "an answer without a request id", "pick/answers", "valid", """{"choice":0}""" },
        { "malformed JSON", "agree/answers", "valid", """{"requestId":""" },
        { "trailing garbage", "agree/answers", "valid", """{"requestId":"{rid}","choice":1} x""" },
        { "a string for a number", "agree/answers", "valid", """{"requestId":"{rid}","choice":"two"}""" },
        { "JSON null", "agree/answers", "valid", "null" },
        { "a choice out of range", "agree/answers", "valid", """{"requestId":"{rid}","choice":99}""" },
        { "a malformed request id", "agree/answers", "valid", """{"requestId":"has spaces","choice":1}""" },
        { "a vote on a Likert question", "agree/votes", "valid", """{"requestId":"{rid}","statement":1,"vote":1}""" },
        { "an answer to a statements question", "talk/answers", "valid", """{"requestId":"{rid}","choice":1}""" },
        { "an unknown question", "nope/answers", "valid", """{"requestId":"{rid}","choice":1}""" },
        { "an unknown token", "agree/answers", "unknown", """{"requestId":"{rid}","choice":1}""" },
        { "no token", "agree/answers", "none", """{"requestId":"{rid}","choice":1}""" },
    };

    public async Task InitializeAsync() => _code = await _server.CreateSessionAsync(Session);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Declared_and_streamed_bodies_are_answered_alike(string name, string route, string token, string body)
    {
        var before = await _server.StoredRowsAsync();
        var fast = await PostAsync(route, token, body, declaredLength: true);
        var afterFast = await _server.StoredRowsAsync();
        var general = await PostAsync(route, token, body, declaredLength: false);
        var afterGeneral = await _server.StoredRowsAsync();

        Assert.True(fast.Status == general.Status, $"{name}: {fast.Status} on the fast path, {general.Status} on the general one");
        Assert.Equal(general.MediaType, fast.MediaType);
        Assert.Equal(Comparable(general.Body), Comparable(fast.Body));
        Assert.Equal(afterGeneral.Answers - afterFast.Answers, afterFast.Answers - before.Answers);
    }

    [Fact]
    public async Task A_body_in_a_foreign_charset_is_refused_alike_and_stores_nothing()
    {
        var before = await _server.StoredRowsAsync();
        var fast = await PostAsync("agree/answers", "valid", """{"requestId":"{rid}","choice":1}""", declaredLength: true, charset: "latin1");
        var general = await PostAsync("agree/answers", "valid", """{"requestId":"{rid}","choice":1}""", declaredLength: false, charset: "latin1");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, fast.Status);
        Assert.Equal(general.Status, fast.Status);
        Assert.Equal(Comparable(general.Body), Comparable(fast.Body));
        Assert.Equal(before.Answers, (await _server.StoredRowsAsync()).Answers);
    }

    [Fact]
    public async Task A_declared_body_over_the_limit_is_refused_before_it_is_read()
    {
        var before = await _server.StoredRowsAsync();
        var padded = $$"""{"requestId":"{rid}","choice":1,"pad":"{{new string('x', 20_000)}}"}""";
        var refused = await PostAsync("agree/answers", "valid", padded, declaredLength: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.Status);
        Assert.Equal("application/problem+json", refused.MediaType);
        Assert.Equal(before.Answers, (await _server.StoredRowsAsync()).Answers);
    }

    [Theory]
    [InlineData("POST", "agree/answers", "application/json", true, true)]
    [InlineData("POST", "talk/votes", "application/json; charset=utf-8", true, true)]
    [InlineData("POST", "agree/answers", "application/json", false, false)]
    [InlineData("POST", "agree/answers", "text/plain", true, false)]
    [InlineData("PUT", "agree/answers", "application/json", true, false)]
    [InlineData("POST", "agree/answers/mine", "application/json", true, false)]
    [InlineData("POST", "agree/statements", "application/json", true, false)]
    public async Task The_fast_path_takes_json_posts_of_declared_length_to_the_answer_and_vote_routes_only(string method, string route,
        string contentType, bool declaredLength, bool taken)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"requestId":"{{Guid.CreateVersion7()}}","choice":1,"statement":0,"vote":1}""");
        var context = new DefaultHttpContext { RequestServices = _server.Services };
        context.Request.Method = method;
        context.Request.Path = $"/api/sessions/{_code}/questions/{route}";
        context.Request.ContentType = contentType;
        context.Request.ContentLength = declaredLength ? body.Length : null;
        context.Request.Body = new MemoryStream(body);
        context.Request.Headers.Authorization = $"Bearer {await _server.JoinAsync(_code, "CS")}";
        context.Response.Body = new MemoryStream();
        var passedOn = false;
        var fastPath = ActivatorUtilities.CreateInstance<AnswerFastPath>(_server.Services, (RequestDelegate)(_ =>
        {
            passedOn = true;
            return Task.CompletedTask;
        }));

        await fastPath.InvokeAsync(context);

        Assert.Equal(!taken, passedOn);
        if (taken)
        {
            Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
            Assert.True(JsonNode.Parse(((MemoryStream)context.Response.Body).ToArray())!["sequence"]!.GetValue<long>() > 0);
        }
    }

    private async Task<(HttpStatusCode Status, string? MediaType, JsonObject Body)> PostAsync(string route, string token, string body,
        bool declaredLength, string charset = "utf-8")
    {
        var bytes = Encoding.UTF8.GetBytes(body.Replace("{rid}", Guid.CreateVersion7().ToString(), StringComparison.Ordinal));
        HttpContent content = declaredLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"application/json; charset={charset}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{_code}/questions/{route}") { Content = content };
        if (token != "none")
            request.Headers.Authorization = new("Bearer", token == "valid" ? await _server.JoinAsync(_code, "GOV") : "not-a-token");
        Assert.Equal(declaredLength, content.Headers.ContentLength is not null);
        var response = await _server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>A receipt or a problem without what differs between two requests: who sent it, when, and its trace.</summary>
    private static string Comparable(JsonObject body)
    {
        var copy = body.DeepClone().AsObject();
        foreach (var differs in new[] { "participantId", "sequence", "recordedAt", "traceId", "instance" })
            copy.Remove(differs);
        return copy.ToJsonString();
    }

    private static object Session => new
    {
        title = "Fast path",
        heldOn = "2026-11-23",
        privacyThreshold = 1,
        questions = new object[]
        {
            new { id = "agree", kind = "likert", prompt = "We agree.", options = Sessions.FivePoints },
            new { id = "axis", kind = "position", prompt = "Evolve or create?", axis = new { left = "Evolve", right = "Create" } },
            new { id = "pick", kind = "singleChoice", prompt = "Pick one.", options = new[] { "A", "B", "C" } },
            new
            {
                id = "talk", kind = "statements", prompt = "What should the forum do next?",
                options = new[] { "Meet twice a year.", "Publish every input." },
                statements = new { moderation = "permissive", maxLength = 280 },
            },
        },
    };
}

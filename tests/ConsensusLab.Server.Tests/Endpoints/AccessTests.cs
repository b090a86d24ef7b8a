using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>Moderator endpoints need the moderator key; a view key shows meters and nothing else.</summary>
public sealed class AccessTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync() => _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, string> ModeratorEndpoints => new()
    {
        { "POST", "open" },
        { "POST", "close" },
        { "PUT", "weighting" },
        { "PUT", "other-group" },
        { "PUT", "meter-settings" },
        { "PUT", "raking" },
        { "PUT", "groups/GOV/weight" },
        { "POST", "questions/agree/open" },
        { "POST", "questions/agree/close" },
        { "GET", "exports/answers.csv" },
        { "GET", "exports/participation.json" },
        { "GET", "exports/timeline.csv" },
    };

    [Theory]
    [MemberData(nameof(ModeratorEndpoints))]
    public async Task Moderator_endpoint_without_a_key_is_refused(string method, string path)
    {
        var response = await SendAsync(method, path, key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(ModeratorEndpoints))]
    public async Task Moderator_endpoint_with_the_view_key_is_forbidden(string method, string path)
    {
        var response = await SendAsync(method, path, _server.ViewKeys[_code]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Moderator_key_of_another_session_is_forbidden()
    {
        var other = await _server.CreateSessionAsync(Sessions.LikertAndPosition);
        var response = await SendAsync("POST", "questions/agree/close", _server.ModeratorKeys[other]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task View_key_reads_meters()
    {
        var response = await SendAsync("GET", "questions/agree/meters", _server.ViewKeys[_code]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Moderator_gets_the_projector_view_key_back_with_the_session_and_others_do_not()
    {
        var asModerator = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, _code, ""));
        Assert.Equal(_server.ViewKeys[_code], asModerator["viewKey"]!.GetValue<string>());
        var asAnyone = await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{_code}"));
        Assert.Null(asAnyone["viewKey"]);
    }

    [Fact]
    public async Task Meters_without_a_key_are_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync("GET", "meters", key: null)).StatusCode);
    }

    [Fact]
    public async Task Live_channel_without_a_key_sends_no_meters()
    {
        var token = await _server.JoinAsync(_code, "CS");
        await using var live = await LiveEvents.ConnectAsync(_server.Client, _code, key: null);
        await _server.AnswerOkAsync(_code, "agree", token, new { requestId = "1", choice = 3 });
        (await _server.ModeratorAsync(HttpMethod.Post, _code, "questions/pick/close")).EnsureSuccessStatusCode();
        // The close arrives as a session event; no meters event may come before it.
        var (name, _) = await live.NextAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        Assert.Equal("session", name);
        var next = await live.WaitForAsync("session", s => s["questions"]!.AsArray().Any(q => q!["status"]!.GetValue<string>() == "closed"),
            TimeSpan.FromSeconds(10));
        Assert.NotNull(next);
    }

    [Fact]
    public async Task Session_creation_returns_keys_that_are_not_stored_in_clear()
    {
        // The write-ahead log holds the newest pages, so look in both files.
        var files = new[] { _server.DatabasePath, _server.DatabasePath + "-wal" }.Where(File.Exists);
        var text = string.Concat(files.Select(f => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        Assert.Contains("moderatorKeyHash", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.ModeratorKeys[_code], text, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.ViewKeys[_code], text, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SendAsync(string method, string path, string? key)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), $"/api/sessions/{_code}/{path}");
        if (key is not null)
            request.Headers.Add("X-Moderator-Key", key);
        if (method == "PUT")
            request.Content = new StringContent(new JsonObject { ["scheme"] = "headcount", ["weight"] = 2 }.ToJsonString(),
                System.Text.Encoding.UTF8, "application/json");
        return _server.Client.SendAsync(request);
    }
}

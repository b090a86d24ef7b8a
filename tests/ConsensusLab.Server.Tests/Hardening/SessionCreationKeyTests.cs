using System.Net;
using System.Net.Http.Json;

namespace ConsensusLab.Server.Tests.Hardening;

/// <summary>A public server creates sessions only for holders of its creation key; the embedded default for anyone (issue 10, finding 1).</summary>
public sealed class SessionCreationKeyTests
{
    [Fact]
    public async Task Server_with_a_creation_key_creates_sessions_only_for_its_holders()
    {
        await using var server = new ConsensusServer(settings: new Dictionary<string, string> { ["Sessions:CreationKey"] = "forum-2026-secret" });

        var anonymous = await server.Client.PostAsJsonAsync("/api/sessions", Sessions.LikertAndPosition, ConsensusServer.Json);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/sessions") { Content = JsonContent.Create(Sessions.LikertAndPosition, options: ConsensusServer.Json) };
        wrong.Headers.Add("X-Creation-Key", "forum-2026-guess");
        var guessed = await server.Client.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/sessions") { Content = JsonContent.Create(Sessions.LikertAndPosition, options: ConsensusServer.Json) };
        right.Headers.Add("X-Creation-Key", "forum-2026-secret");
        var created = await server.Client.SendAsync(right);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Single((await server.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/sessions"))!);
    }

    [Fact]
    public async Task Server_without_a_creation_key_creates_sessions_for_anyone()
    {
        await using var server = new ConsensusServer();
        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostAsJsonAsync("/api/sessions", Sessions.LikertAndPosition, ConsensusServer.Json)).StatusCode);
    }
}

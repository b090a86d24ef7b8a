using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>One session on the test server, driven through the API as its moderator.</summary>
public sealed record Room(RoomServer Server, string Code, string? ModeratorKey, string? ViewKey, JsonObject Session)
{
    public string JoinUrl(string? language = null) => Server.Url($"/join/{Code}{(language is null ? "" : $"?lang={language}")}");

    public string ModeratorUrl => Server.Url($"/moderate/{Code}") + (ModeratorKey is null ? "" : $"#key={Uri.EscapeDataString(ModeratorKey)}");

    public string ProjectorUrl => Server.Url($"/project/{Code}") + (ViewKey is null ? "" : $"#key={Uri.EscapeDataString(ViewKey)}");

    public Task OpenAsync() => PostAsync($"/api/sessions/{Code}/open");

    public Task OpenQuestionAsync(string question) => PostAsync($"/api/sessions/{Code}/questions/{question}/open");

    /// <summary>The moderator's choice of what the projector shows, as PUT /api/sessions/{code}/projector takes it.</summary>
    public Task ShowOnProjectorAsync(object choice) => SendAsync(HttpMethod.Put, $"/api/sessions/{Code}/projector", choice);

    public Task PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    private async Task SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ModeratorKey is not null)
            request.Headers.Add("X-Moderator-Key", ModeratorKey);
        await RoomServer.ReadAsync(await Server.Api.SendAsync(request));
    }

    /// <summary>A participant who joins through the API (for filling a room quickly).</summary>
    public async Task<string> JoinAsync(string group, string country = "KE")
    {
        var joined = await RoomServer.ReadAsync(await Server.Api.PostAsJsonAsync($"/api/sessions/{Code}/participants",
            new { requestId = Guid.NewGuid(), group, country, attendance = "onsite" }));
        return joined["token"]!.GetValue<string>();
    }

    /// <summary>How many answers count for a question now (headcount), as the moderator's API reads them from the grains.</summary>
    public async Task<int> RespondentsAsync(string question)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{Code}/questions/{question}/meters");
        request.Headers.Add("X-Moderator-Key", ModeratorKey);
        var meters = await RoomServer.ReadAsync(await Server.Api.SendAsync(request));
        return meters["meters"]!["headcount"]!["overall"]!["respondents"]!.GetValue<int>();
    }

    public async Task AnswerAsync(string token, string question, object answer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{Code}/questions/{question}/answers")
        {
            Content = JsonContent.Create(answer),
        };
        request.Headers.Authorization = new("Bearer", token);
        await RoomServer.ReadAsync(await Server.Api.SendAsync(request));
    }
}

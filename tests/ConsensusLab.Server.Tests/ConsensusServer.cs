using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsensusLab.Server.Extensions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsensusLab.Server.Tests;

/// <summary>
/// The real server (the whole HTTP pipeline, real grains, real SQLite) on a temporary database, with helpers that
/// speak its API the way the pages do.
/// </summary>
public sealed class ConsensusServer : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    /// <param name="services">Services to add to the server's own (a log sink that captures, say).</param>
    public ConsensusServer(string? databasePath = null, bool loadSamples = false, IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Directory.CreateTempSubdirectory("consensuslab-server-").FullName, "store.db");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:Path", DatabasePath);
            web.UseSetting("Samples:Load", loadSamples ? "true" : "false");
            web.UseSetting("Logging:MinimumLevel", "Warning");
            // Load tests send thousands of requests from one address and one token; the limits have their own tests.
            web.UseSetting("RateLimits:PerAddressPerSecond", "1000000");
            web.UseSetting("RateLimits:PerAddressBurst", "1000000");
            web.UseSetting("RateLimits:PerParticipantPerSecond", "1000000");
            web.UseSetting("RateLimits:PerParticipantBurst", "1000000");
            web.UseSetting("RateLimits:JoinsPerAddressPerSecond", "1000000");
            web.UseSetting("RateLimits:JoinsPerAddressBurst", "1000000");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                web.UseSetting(key, value);
            if (services is not null)
                web.ConfigureServices(services);
        });
        Client = _factory.CreateClient();
    }

    public string DatabasePath { get; }

    public HttpClient Client { get; }

    /// <summary>The server's services, for tests that run one of its parts on its own.</summary>
    public IServiceProvider Services => _factory.Services;

    public static JsonSerializerOptions Json => ApiJson.Options;

    /// <summary>The moderator key of each session the tests created, as the moderator page keeps it.</summary>
    public Dictionary<string, string> ModeratorKeys { get; } = [];

    public Dictionary<string, string> ViewKeys { get; } = [];

    public async Task<string> CreateSessionAsync(object definition, bool open = true)
    {
        var created = await ReadAsync(await Client.PostAsJsonAsync("/api/sessions", definition, Json));
        var session = created["session"]!;
        var code = session["code"]!.GetValue<string>();
        ModeratorKeys[code] = created["moderatorKey"]!.GetValue<string>();
        ViewKeys[code] = created["viewKey"]!.GetValue<string>();
        if (open)
        {
            (await ModeratorAsync(HttpMethod.Post, code, "open")).EnsureSuccessStatusCode();
            foreach (var question in session["questions"]!.AsArray())
                (await ModeratorAsync(HttpMethod.Post, code, $"questions/{question!["id"]}/open")).EnsureSuccessStatusCode();
        }
        return code;
    }

    /// <summary>A request to /api/sessions/{code}/{path} with the session's moderator key.</summary>
    public Task<HttpResponseMessage> ModeratorAsync(HttpMethod method, string code, string path, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, $"/api/sessions/{code}/{path}");
        request.Headers.Add("X-Moderator-Key", ModeratorKeys[code]);
        if (body is not null)
            request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        return Client.SendAsync(request);
    }

    public async Task<string> JoinAsync(string code, string group, string country = "KE", string? gender = null, string? ageBand = null)
    {
        var joined = await ReadAsync(await Client.PostAsJsonAsync($"/api/sessions/{code}/participants",
            new { group, country, attendance = "onsite", gender, ageBand }, Json));
        return joined["token"]!.GetValue<string>();
    }

    /// <summary>Posts an answer as the participant page does: a JSON string, sent with its length.</summary>
    public Task<HttpResponseMessage> AnswerAsync(string code, string question, string token, object answer)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/questions/{question}/answers")
        {
            Content = new StringContent(JsonSerializer.Serialize(answer, Json), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);
        return Client.SendAsync(request);
    }

    public async Task<JsonObject> AnswerOkAsync(string code, string question, string token, object answer) =>
        await ReadAsync(await AnswerAsync(code, question, token, answer));

    public async Task<JsonObject> MetersAsync(string code, string question) =>
        await ReadAsync(await ModeratorAsync(HttpMethod.Get, code, $"questions/{question}/meters"));

    /// <summary>Rows in the ledger and the participant table, read straight from the database file.</summary>
    public async Task<(long Answers, long Participants)> StoredRowsAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM ledger), (SELECT COUNT(*) FROM participants)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

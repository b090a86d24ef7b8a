using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// The real server on a loopback port (Kestrel, not the in-memory TestServer: a browser needs a socket), on a
/// temporary database without the sample sessions, with helpers that set a room up through the API.
/// </summary>
public sealed class RoomServer : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _directory;

    /// <param name="settings">Configuration keys ("Section:Key") over the test defaults.</param>
    public RoomServer(IReadOnlyDictionary<string, string>? settings = null)
    {
        _directory = Directory.CreateTempSubdirectory("consensuslab-browser-").FullName;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:Path", Path.Combine(_directory, "store.db"));
            web.UseSetting("Samples:Load", "false");
            web.UseSetting("Logging:MinimumLevel", "Warning");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                web.UseSetting(key, value);
        });
        // Port 0: the system picks a free loopback port, so parallel runs never collide.
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        Api = new HttpClient { BaseAddress = BaseUrl };
    }

    public Uri BaseUrl { get; }

    public HttpClient Api { get; }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>Creates a session; accepts both the { session, moderatorKey, viewKey } answer and a bare SessionView.</summary>
    public async Task<Room> CreateSessionAsync(object definition)
    {
        var created = await ReadAsync(await Api.PostAsJsonAsync("/api/sessions", definition));
        var session = created["session"]?.AsObject() ?? created;
        return new Room(this, session["code"]!.GetValue<string>(), created["moderatorKey"]?.GetValue<string>(),
            created["viewKey"]?.GetValue<string>(), session);
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection: the temp folder is cleaned by the system.
        }
    }
}

using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Room;

/// <summary>The sample sessions keep their moderator keys across restarts, so printed and bookmarked links keep working.</summary>
public sealed class SampleKeysTests
{
    [Fact]
    public async Task Sample_session_keeps_its_moderator_key_across_a_restart()
    {
        var directory = Directory.CreateTempSubdirectory("consensuslab-samples-").FullName;
        var database = Path.Combine(directory, "store.db");
        var keysFile = Path.Combine(directory, "sample-keys.json");
        try
        {
            string key;
            await using (var first = new ConsensusServer(database, loadSamples: true))
            {
                key = JsonNode.Parse(await File.ReadAllTextAsync(keysFile))!["ENHANC"]!.GetValue<string>();
                Assert.Equal(HttpStatusCode.OK, (await MetersAsync(first, key)).StatusCode);
            }
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keysFile));

            await using var second = new ConsensusServer(database, loadSamples: true);
            Assert.Equal(HttpStatusCode.OK, (await MetersAsync(second, key)).StatusCode);
            Assert.Equal(key, JsonNode.Parse(await File.ReadAllTextAsync(keysFile))!["ENHANC"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.Forbidden, (await MetersAsync(second, key + "x")).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> MetersAsync(ConsensusServer server, string moderatorKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/sessions/ENHANC/meters");
        request.Headers.Add("X-Moderator-Key", moderatorKey);
        return server.Client.SendAsync(request);
    }
}

using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Room;

/// <summary>The samples include a linked pair (IGF 2025 and 2026) that answered already, so a newcomer sees a comparison at once.</summary>
public sealed class SampleComparisonTests
{
    [Fact]
    public async Task The_sample_pair_compares_with_the_one_moderator_key_they_share()
    {
        var directory = Directory.CreateTempSubdirectory("consensuslab-samples-").FullName;
        try
        {
            await using var server = new ConsensusServer(Path.Combine(directory, "store.db"), loadSamples: true);
            var keys = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "sample-keys.json")))!;
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/sessions/EVCR26/questions/axis/comparison");
            request.Headers.Add("X-Moderator-Key", keys["EVCR26"]!.GetValue<string>());

            var comparison = await ConsensusServer.ReadAsync(await server.Client.SendAsync(request));

            Assert.Equal(keys["EVCR25"]!.GetValue<string>(), keys["EVCR26"]!.GetValue<string>());
            Assert.Equal(["EVCR25", "EVCR26"], comparison["sessions"]!.AsArray().Select(s => s!["code"]!.GetValue<string>()));
            var gov = comparison["schemes"]![0]!["groups"]!.AsArray().Single(g => g!["group"]!.GetValue<string>() == "GOV")!;
            Assert.All(gov["sessions"]!.AsArray(), s => Assert.Equal(6, s!["respondents"]!.GetValue<int>()));
            Assert.True(gov["differences"]![0]!["difference"]!.GetValue<double>() > 0, "government moves toward new structures in the sample");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}

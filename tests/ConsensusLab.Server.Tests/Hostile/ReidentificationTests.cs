using System.Text;

namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>What could tie an answer to a person: the network address and browser of the request never reach the store.</summary>
public sealed class ReidentificationTests
{
    [Fact]
    public async Task Neither_the_address_nor_the_user_agent_of_a_participant_is_stored()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        const string agent = "Mozilla/5.0 (Hostile; Fingerprint-7f3a9c) Gecko/20100101";
        const string address = "203.0.113.77";
        using var join = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/participants")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { group = "CS", country = "KE", attendance = "onsite" }, options: ConsensusServer.Json),
        };
        join.Headers.TryAddWithoutValidation("User-Agent", agent);
        join.Headers.TryAddWithoutValidation("X-Forwarded-For", address);
        join.Headers.TryAddWithoutValidation("X-Real-IP", address);
        var token = (await ConsensusServer.ReadAsync(await server.Client.SendAsync(join)))["token"]!.GetValue<string>();
        using var answer = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/questions/agree/answers")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { requestId = "1", choice = 3 }, options: ConsensusServer.Json),
        };
        answer.Headers.Authorization = new("Bearer", token);
        answer.Headers.TryAddWithoutValidation("User-Agent", agent);
        answer.Headers.TryAddWithoutValidation("X-Forwarded-For", address);
        (await server.Client.SendAsync(answer)).EnsureSuccessStatusCode();

        // The write-ahead log holds the newest pages, so look in both files; the token is stored only as its hash.
        var files = new[] { server.DatabasePath, server.DatabasePath + "-wal" }.Where(File.Exists);
        var stored = string.Concat(files.Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        Assert.Contains("agree", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Fingerprint-7f3a9c", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(address, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
    }
}

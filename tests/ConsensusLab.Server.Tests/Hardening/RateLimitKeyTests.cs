using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Hardening;

/// <summary>Rate limits hold whatever the spelling of the token, and joins are limited per address (issue 10, findings 4 and 5).</summary>
public sealed class RateLimitKeyTests
{
    [Fact]
    public async Task Spellings_of_one_token_share_one_allowance()
    {
        await using var server = new ConsensusServer(settings: new Dictionary<string, string>
        {
            ["RateLimits:PerParticipantPerSecond"] = "1",
            ["RateLimits:PerParticipantBurst"] = "2",
        });
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "CS");
        string[] spellings = [$"Bearer {token}", $"bearer {token}", $"BEARER {token}", $"Bearer   {token}", $"Bearer {token}  "];

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < spellings.Length * 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/questions/agree/answers")
            {
                Content = new StringContent($$"""{"requestId":"s{{i}}","choice":1}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", spellings[i % spellings.Length]);
            statuses.Add((await server.Client.SendAsync(request)).StatusCode);
        }

        // Two in the burst and perhaps one more replenished while the test ran; never one allowance per spelling.
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), 2, 3);
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
    }

    [Fact]
    public async Task Joins_past_the_per_address_limit_get_429_and_store_nobody()
    {
        await using var server = new ConsensusServer(settings: new Dictionary<string, string>
        {
            ["RateLimits:JoinsPerAddressPerSecond"] = "1",
            ["RateLimits:JoinsPerAddressBurst"] = "5",
        });
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            statuses.Add((await server.Client.PostAsync($"/api/sessions/{code}/participants", new StringContent(
                new JsonObject { ["group"] = "GOV", ["country"] = "KE", ["attendance"] = "onsite" }.ToJsonString(),
                System.Text.Encoding.UTF8, "application/json"))).StatusCode);

        var joined = statuses.Count(s => s == HttpStatusCode.Created);
        Assert.InRange(joined, 5, 6);
        Assert.Equal(12 - joined, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(joined, (await server.StoredRowsAsync()).Participants);
    }
}

using System.Net;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>Past its rate, a participant gets 429 with Retry-After, and nothing is stored.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Participant_past_the_limit_gets_429_with_retry_after_and_nothing_is_stored()
    {
        await using var server = new ConsensusServer(settings: new Dictionary<string, string>
        {
            ["RateLimits:PerParticipantPerSecond"] = "1",
            ["RateLimits:PerParticipantBurst"] = "3",
        });
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "CS");
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
            responses.Add(await server.AnswerAsync(code, "agree", token, new { requestId = $"r{i}", choice = i % 5 }));

        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, r =>
        {
            Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });
        var accepted = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(accepted, (await server.StoredRowsAsync()).Answers);
    }

    [Fact]
    public async Task Another_participant_is_not_slowed_by_a_flooding_one()
    {
        await using var server = new ConsensusServer(settings: new Dictionary<string, string>
        {
            ["RateLimits:PerParticipantPerSecond"] = "1",
            ["RateLimits:PerParticipantBurst"] = "2",
        });
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var flooder = await server.JoinAsync(code, "PS");
        var calm = await server.JoinAsync(code, "TC");
        for (var i = 0; i < 5; i++)
            await server.AnswerAsync(code, "agree", flooder, new { requestId = $"f{i}", choice = 1 });
        Assert.Equal(HttpStatusCode.OK, (await server.AnswerAsync(code, "agree", calm, new { requestId = "c", choice = 3 })).StatusCode);
    }
}

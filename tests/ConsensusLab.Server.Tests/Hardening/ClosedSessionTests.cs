using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Hardening;

/// <summary>A closed session takes no answers, no withdrawals and no joins (issue 10, finding 3).</summary>
public sealed class ClosedSessionTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Closed_session_refuses_answers_withdrawals_and_joins_and_its_figures_stay_as_they_were()
    {
        var code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await _server.JoinAsync(code, "CS");
        await _server.AnswerOkAsync(code, "agree", token, new { requestId = "before", choice = 3 });
        var before = await _server.MetersAsync(code, "agree");

        (await _server.ModeratorAsync(HttpMethod.Post, code, "close")).EnsureSuccessStatusCode();
        var answer = await _server.AnswerAsync(code, "agree", token, new { requestId = "after", choice = 0 });
        using var withdrawal = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/participants/me/withdraw");
        withdrawal.Headers.Authorization = new("Bearer", token);
        var withdrawn = await _server.Client.SendAsync(withdrawal);
        var join = await _server.Client.PostAsync($"/api/sessions/{code}/participants", new StringContent(
            new JsonObject { ["group"] = "GOV", ["country"] = "KE", ["attendance"] = "onsite" }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, join.StatusCode);
        Assert.Equal((1, 1), await _server.StoredRowsAsync());
        Assert.Equal(before["meters"]!.ToJsonString(), (await _server.MetersAsync(code, "agree"))["meters"]!.ToJsonString());
        var session = await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{code}"));
        Assert.All(session["questions"]!.AsArray(), q => Assert.Equal("closed", q!["status"]!.GetValue<string>()));
    }
}

using System.Net;
using System.Net.Http.Headers;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// A participant reads back their own current answer (issue 11: a new participant's page asked for every open question
/// and logged a 404 for each before the first answer).
/// </summary>
public sealed class MyAnswerTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync() => _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Before_the_first_answer_mine_is_204_without_a_body()
    {
        var token = await _server.JoinAsync(_code, "GOV");

        var response = await MineAsync("agree", token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task After_an_answer_mine_is_that_answer_and_other_questions_stay_204()
    {
        var token = await _server.JoinAsync(_code, "CS");
        var receipt = await _server.AnswerOkAsync(_code, "agree", token, new { requestId = "first", choice = 3 });

        var mine = await ConsensusServer.ReadAsync(await MineAsync("agree", token));

        Assert.Equal(3, mine["answer"]!["choice"]!.GetValue<int>());
        Assert.Equal(receipt["sequence"]!.GetValue<long>(), mine["sequence"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.NoContent, (await MineAsync("axis", token)).StatusCode);
    }

    [Fact]
    public async Task Mine_without_a_token_or_for_an_unknown_question_is_refused_with_a_problem()
    {
        var token = await _server.JoinAsync(_code, "TC");

        var anonymous = await MineAsync("agree", token: null);
        var unknown = await MineAsync("nope", token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    private Task<HttpResponseMessage> MineAsync(string question, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{_code}/questions/{question}/answers/mine");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _server.Client.SendAsync(request);
    }
}

using System.Net;
using System.Text;

namespace ConsensusLab.Server.Tests.Hardening;

/// <summary>Enum values and request ids are accepted only as documented; health answers only reads (issue 10, findings 6 and 10).</summary>
public sealed class StrictInputTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";
    private string _token = "";

    public async Task InitializeAsync()
    {
        _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);
        _token = await _server.JoinAsync(_code, "CS");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("ONSITE")]
    [InlineData("Onsite")]
    [InlineData("onsite ")]
    [InlineData(" onsite")]
    [InlineData("onsite,online")]
    [InlineData("0")]
    public async Task Enum_value_in_another_spelling_is_refused(string attendance)
    {
        var response = await _server.Client.PostAsync($"/api/sessions/{_code}/participants", new StringContent(
            $$"""{"group":"GOV","country":"KE","attendance":"{{attendance}}"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, (await _server.StoredRowsAsync()).Participants);
    }

    [Theory]
    [InlineData("equalFooting,headcount")]
    [InlineData("EqualFooting")]
    [InlineData("1")]
    public async Task Weighting_combination_or_other_spelling_is_refused(string scheme)
    {
        var response = await _server.ModeratorAsync(HttpMethod.Put, _code, "weighting", System.Text.Json.Nodes.JsonNode.Parse($$"""{"scheme":"{{scheme}}"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("nul\u0000in-the-middle")]
    [InlineData("space inside")]
    [InlineData("émoji-🙂")]
    [InlineData("")]
    public async Task Request_id_outside_the_documented_alphabet_is_refused_and_nothing_is_stored(string requestId)
    {
        var response = await _server.AnswerAsync(_code, "agree", _token, new { requestId, choice = 2 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(0, (await _server.StoredRowsAsync()).Answers);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Health_answers_only_reads(string method)
    {
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/health"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"))).StatusCode);
    }
}

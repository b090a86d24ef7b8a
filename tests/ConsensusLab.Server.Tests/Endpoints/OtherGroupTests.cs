using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// The moderator chooses how "Other / prefer not to say" enters the weighted figures (issue 11: eight such
/// respondents weighed eleven times a civil-society respondent). Room: GOV 2 strongly agree, CS 4 strongly disagree,
/// OTHER 1 strongly agrees; N = 7. The arithmetic of each treatment is in the statistics tests (OtherGroupTests).
/// </summary>
public sealed class OtherGroupTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync()
    {
        _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);
        foreach (var (group, choice) in new[] { ("GOV", 4), ("GOV", 4), ("CS", 0), ("CS", 0), ("CS", 0), ("CS", 0), ("OTHER", 4) })
            await _server.AnswerOkAsync(_code, "agree", await _server.JoinAsync(_code, group), new { requestId = "1", choice });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_new_session_pools_Other_at_headcount_and_says_so()
    {
        var session = await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{_code}"));

        Assert.Equal("pooledAtHeadcount", session["otherGroup"]!.GetValue<string>());
        Assert.Equal(["OTHER"], session["otherGroupCodes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(4.0 / 7, await AgreeAsync("equalFooting"), 12);
    }

    [Theory]
    // Three groups of 7/3 each: agree (1 + 0 + 1)/3.
    [InlineData("asGroup", 2.0 / 3)]
    // OTHER counts once, GOV and CS share the other 6: (2 · 1.5 + 1)/7.
    [InlineData("pooledAtHeadcount", 4.0 / 7)]
    // OTHER carries nothing, GOV and CS share 7: 3.5/7.
    [InlineData("excluded", 0.5)]
    public async Task Each_treatment_changes_the_equal_footing_figures_and_not_the_headcount(string treatment, double agree)
    {
        var changed = await ConsensusServer.ReadAsync(await PutAsync($$"""{"treatment":"{{treatment}}"}"""));

        Assert.Equal(treatment, changed["otherGroup"]!.GetValue<string>());
        Assert.Equal(agree, await AgreeAsync("equalFooting"), 12);
        Assert.Equal(3.0 / 7, await AgreeAsync("headcount"), 12);
    }

    [Theory]
    // An unknown spelling is refused as JSON that does not bind; a missing treatment as an invalid command.
    [InlineData("""{"treatment":"AsGroup"}""", 400)]
    [InlineData("""{"treatment":"group"}""", 400)]
    [InlineData("""{"treatment":null}""", 422)]
    [InlineData("""{}""", 422)]
    public async Task Unknown_treatment_is_refused_with_a_problem_and_changes_nothing(string body, int status)
    {
        (await PutAsync("""{"treatment":"excluded"}""")).EnsureSuccessStatusCode();

        var response = await PutAsync(body);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var session = await ConsensusServer.ReadAsync(await _server.Client.GetAsync($"/api/sessions/{_code}"));
        Assert.Equal("excluded", session["otherGroup"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> PutAsync(string body) =>
        _server.ModeratorAsync(HttpMethod.Put, _code, "other-group", JsonNode.Parse(body));

    private async Task<double> AgreeAsync(string scheme) =>
        (await _server.MetersAsync(_code, "agree"))["meters"]![scheme]!["overall"]!["agree"]!["estimate"]!.GetValue<double>();
}

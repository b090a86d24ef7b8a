using System.Net;
using System.Net.Http.Json;
using ConsensusLab.Reporting.Polis;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>A Polis conversation goes in and comes out the same (issue 14), over HTTP.</summary>
public sealed class PolisEndpointsTests : IAsyncLifetime
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Polis", "15-per-hour-seattle");
    private readonly ConsensusServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Import_then_export_round_trips_the_comments_and_every_vote_event()
    {
        var comments = await File.ReadAllTextAsync(Path.Combine(Data, "comments.csv"));
        var votes = await File.ReadAllTextAsync(Path.Combine(Data, "votes.csv"));
        var original = PolisFormat.Read(new StringReader(comments), new StringReader(votes));

        var created = await ConsensusServer.ReadAsync(await _server.Client.PostAsJsonAsync("/api/sessions/import/polis",
            new { title = "15 per hour", prompt = "Seattle's minimum wage", comments, votes }, ConsensusServer.Json));
        var code = created["session"]!["code"]!.GetValue<string>();
        _server.ModeratorKeys[code] = created["moderatorKey"]!.GetValue<string>();
        var exported = PolisFormat.Read(new StringReader(await ExportAsync(code, "comments.csv")), new StringReader(await ExportAsync(code, "votes.csv")));
        var deliberation = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, code, "questions/conversation/deliberation"));

        Assert.Equal(original.Comments.OrderBy(c => c.CommentId), exported.Comments);
        Assert.Equal(original.Votes.OrderBy(v => v.At).ThenBy(v => v.VoterId, StringComparer.Ordinal).ThenBy(v => v.CommentId),
            exported.Votes.OrderBy(v => v.At).ThenBy(v => v.VoterId, StringComparer.Ordinal).ThenBy(v => v.CommentId));
        // The live figures count each voter's latest vote once, as Polis does.
        Assert.Equal(original.LatestVotes().Count, deliberation["statements"]!.AsArray().Sum(s => s!["votes"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_file_that_is_not_a_Polis_export_is_refused_and_creates_no_session()
    {
        var response = await _server.Client.PostAsJsonAsync("/api/sessions/import/polis",
            new { comments = "id,text\n1,hello\n", votes = "" }, ConsensusServer.Json);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("[]", await _server.Client.GetStringAsync("/api/sessions"));
    }

    private async Task<string> ExportAsync(string code, string file)
    {
        var response = await _server.ModeratorAsync(HttpMethod.Get, code, $"questions/conversation/polis/{file}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

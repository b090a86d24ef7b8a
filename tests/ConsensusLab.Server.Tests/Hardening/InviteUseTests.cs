using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Hardening;

/// <summary>An invite code admits as many participants as the moderator said, one unless told otherwise (issue 10, finding 2).</summary>
public sealed class InviteUseTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync() => _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<string> IssueAsync(int? uses)
    {
        var body = new JsonObject { ["group"] = "IGO", ["count"] = 1 };
        if (uses is not null)
            body["uses"] = uses;
        var issued = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Post, _code, "invites", body));
        return issued["codes"]![0]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> JoinAsync(string invite, string country = "CH") =>
        _server.Client.PostAsync($"/api/sessions/{_code}/participants", new StringContent(
            new JsonObject { ["inviteCode"] = invite, ["country"] = country, ["attendance"] = "onsite" }.ToJsonString(),
            System.Text.Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Invite_code_admits_one_participant_and_refuses_the_next_twenty()
    {
        var invite = await IssueAsync(uses: null);

        var first = await JoinAsync(invite);
        var again = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => JoinAsync(invite)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.All(again, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, (await _server.StoredRowsAsync()).Participants);
    }

    [Fact]
    public async Task Invite_code_for_a_delegation_admits_exactly_its_uses_even_when_they_come_at_once()
    {
        var invite = await IssueAsync(uses: 3);

        var joins = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => JoinAsync(invite)));

        Assert.Equal(3, joins.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, joins.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(3, (await _server.StoredRowsAsync()).Participants);
    }

    [Fact]
    public async Task Refused_profile_does_not_spend_the_invite()
    {
        var invite = await IssueAsync(uses: null);

        var typo = await JoinAsync(invite, country: "ZZZ");
        var fixedUp = await JoinAsync(invite);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, typo.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fixedUp.StatusCode);
    }
}

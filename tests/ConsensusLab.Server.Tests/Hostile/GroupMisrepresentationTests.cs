using System.Net;
using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>Posing as a heavier group: with invites required, the group comes from the code, and the figures say so.</summary>
public sealed class GroupMisrepresentationTests
{
    private static object Session(bool requireInvites) => new
    {
        title = "Verified groups",
        privacyThreshold = 1,
        requireInvites,
        questions = new object[] { new { id = "agree", kind = "likert", prompt = "We agree.", options = Sessions.FivePoints } },
    };

    [Fact]
    public async Task Invite_of_one_session_does_not_admit_to_another_and_a_declared_group_is_ignored()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Session(requireInvites: true));
        var other = await server.CreateSessionAsync(Session(requireInvites: true));
        var invite = (await ConsensusServer.ReadAsync(await server.ModeratorAsync(HttpMethod.Post, other, "invites",
            new JsonObject { ["group"] = "GOV", ["count"] = 1 })))["codes"]!.AsArray()[0]!.GetValue<string>();
        var before = await server.StoredRowsAsync();

        var foreign = await server.Client.PostAsync($"/api/sessions/{code}/participants", Join(invite, "GOV"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.Equal(before, await server.StoredRowsAsync());

        var joined = await ConsensusServer.ReadAsync(await server.Client.PostAsync($"/api/sessions/{other}/participants", Join(invite, "PS")));
        Assert.Equal("GOV", joined["group"]!.GetValue<string>());
    }

    [Fact]
    public async Task Meters_and_exports_say_whether_the_groups_are_verified_or_self_declared()
    {
        await using var server = new ConsensusServer();
        foreach (var requireInvites in new[] { true, false })
        {
            var code = await server.CreateSessionAsync(Session(requireInvites));
            var expected = requireInvites ? "verified" : "selfDeclared";
            var meters = await server.MetersAsync(code, "agree");
            var summary = await ConsensusServer.ReadAsync(await server.ModeratorAsync(HttpMethod.Get, code, "exports/summary.json"));
            var csv = await (await server.ModeratorAsync(HttpMethod.Get, code, "exports/summary.csv")).Content.ReadAsStringAsync();
            Assert.Equal(expected, meters["groupMembership"]!.GetValue<string>());
            Assert.Equal(expected, summary["groupMembership"]!.GetValue<string>());
            var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToArray();
            var column = Array.IndexOf(rows[0], "group_membership");
            Assert.All(rows.Skip(1), row => Assert.Equal(expected, row[column]));
        }
    }

    private static StringContent Join(string invite, string group) => new(
        new JsonObject { ["inviteCode"] = invite, ["group"] = group, ["country"] = "FR", ["attendance"] = "onsite" }.ToJsonString(),
        System.Text.Encoding.UTF8, "application/json");
}

namespace ConsensusLab.Server.Tests;

/// <summary>The ledger is the truth: a server started on the same database shows the same meters.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task Restarted_server_shows_identical_meters()
    {
        string code;
        string before;
        string path;
        string moderatorKey;
        await using (var server = new ConsensusServer())
        {
            path = server.DatabasePath;
            code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
            var tokens = await Task.WhenAll(new[] { "GOV", "CS", "CS", "TC", "PS" }.Select(g => server.JoinAsync(code, g)));
            for (var i = 0; i < tokens.Length; i++)
            {
                await server.AnswerOkAsync(code, "agree", tokens[i], new { requestId = $"a{i}", choice = i % 5 });
                await server.AnswerOkAsync(code, "axis", tokens[i], new { requestId = $"p{i}", position = i / 10.0 });
                await server.AnswerOkAsync(code, "pick", tokens[i], new { requestId = $"c{i}", choice = i % 3 });
            }
            await server.AnswerOkAsync(code, "agree", tokens[0], new { requestId = "change", choice = 3 });
            moderatorKey = server.ModeratorKeys[code];
            before = (await ConsensusServer.ReadAsync(await server.ModeratorAsync(HttpMethod.Get, code, "meters"))).ToJsonString();
        }

        await using (var restarted = new ConsensusServer(path))
        {
            restarted.ModeratorKeys[code] = moderatorKey;
            var after = (await ConsensusServer.ReadAsync(await restarted.ModeratorAsync(HttpMethod.Get, code, "meters"))).ToJsonString();
            Assert.Equal(before, after);
            var session = await ConsensusServer.ReadAsync(await restarted.Client.GetAsync($"/api/sessions/{code}"));
            Assert.Equal(5, session["participants"]!.GetValue<int>());
            Assert.Equal("open", session["status"]!.GetValue<string>());
        }
    }
}

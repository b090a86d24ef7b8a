namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>
/// A withdrawal is a ledger entry with the request id "withdraw:{question}", in the same per-participant namespace as
/// the request ids clients choose. A client that has used such an id must not be able to keep its withdrawal out of the ledger.
/// </summary>
public sealed class WithdrawalRequestIdTests
{
    [Fact]
    public async Task Request_id_reserved_for_withdrawals_is_refused_so_a_withdrawal_always_reaches_the_ledger()
    {
        string code, key, path;
        await using (var server = new ConsensusServer())
        {
            path = server.DatabasePath;
            code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
            key = server.ModeratorKeys[code];
            var token = await server.JoinAsync(code, "CS");
            var reserved = await server.AnswerAsync(code, "agree", token, new { requestId = "withdraw:agree", choice = 4 });
            Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, reserved.StatusCode);
            await server.AnswerOkAsync(code, "agree", token, new { requestId = "ordinary", choice = 4 });
            using var withdrawal = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/participants/me/withdraw");
            withdrawal.Headers.Authorization = new("Bearer", token);
            (await server.Client.SendAsync(withdrawal)).EnsureSuccessStatusCode();
            Assert.Equal(0, Respondents(await server.MetersAsync(code, "agree")));
        }

        var ledger = await Resilience.LedgerFile.ReadAsync(path, code);
        await using var restarted = new ConsensusServer(path);
        restarted.ModeratorKeys[code] = key;
        Assert.Equal(0, Respondents(await restarted.MetersAsync(code, "agree")));
        Assert.Contains(ledger, row => row.QuestionId == "agree" && row.IsWithdrawal);
    }

    private static int Respondents(System.Text.Json.Nodes.JsonObject meters) =>
        meters["meters"]!["headcount"]!["overall"]!["respondents"]!.GetValue<int>();
}

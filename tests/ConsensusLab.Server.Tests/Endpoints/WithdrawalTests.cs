using System.Net;
using ConsensusLab.Reporting;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>A participant may withdraw: their answers leave the meters and the exports, the ledger records the withdrawal.</summary>
public sealed class WithdrawalTests
{
    [Fact]
    public async Task Withdrawal_removes_the_answers_from_the_meters_and_every_export_file_and_the_ledger_keeps_them()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var stays = await server.JoinAsync(code, "GOV");
        var leaves = await server.JoinAsync(code, "CS");
        await server.AnswerOkAsync(code, "agree", stays, new { requestId = "1", choice = 4 });
        await server.AnswerOkAsync(code, "agree", leaves, new { requestId = "2", choice = 0 });
        await server.AnswerOkAsync(code, "axis", leaves, new { requestId = "3", position = -1 });

        var response = await WithdrawAsync(server, code, leaves);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pseudonym = (await ConsensusServer.ReadAsync(response))["participantId"]!.GetValue<string>();

        var agree = (await server.MetersAsync(code, "agree"))["meters"]!["headcount"]!["overall"]!;
        Assert.Equal(1, agree["respondents"]!.GetValue<int>());
        Assert.Equal(1.0, agree["agree"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(0, (await server.MetersAsync(code, "axis"))["meters"]!["headcount"]!["overall"]!["respondents"]!.GetValue<int>());
        // Three answers plus one withdrawal entry per question (three questions).
        Assert.Equal(6, (await server.StoredRowsAsync()).Answers);
        // Issue 13: the exports hold nothing of theirs; answers.csv keeps the one answer that stays.
        foreach (var file in SessionExporter.FileNames)
        {
            var export = await server.ModeratorAsync(HttpMethod.Get, code, $"exports/{file}");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.DoesNotContain(pseudonym, await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var answers = await (await server.ModeratorAsync(HttpMethod.Get, code, "exports/answers.csv")).Content.ReadAsStringAsync();
        Assert.Single(answers.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));
    }

    [Fact]
    public async Task After_a_withdrawal_the_participant_counts_drop_like_the_meters()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        await server.JoinAsync(code, "GOV");
        await server.JoinAsync(code, "CS");
        var leaves = await server.JoinAsync(code, "CS");

        (await WithdrawAsync(server, code, leaves)).EnsureSuccessStatusCode();
        // A repeated request (the token no longer works) changes nothing.
        await WithdrawAsync(server, code, leaves);

        var session = await ConsensusServer.ReadAsync(await server.Client.GetAsync($"/api/sessions/{code}"));
        Assert.Equal(2, session["participants"]!.GetValue<int>());
        Assert.Equal(1, session["groups"]!.AsArray().Single(g => g!["code"]!.GetValue<string>() == "CS")!["members"]!.GetValue<int>());
        var figures = await ConsensusServer.ReadAsync(await server.ModeratorAsync(HttpMethod.Get, code, "exports/participation.json"));
        Assert.Equal(2, figures["total"]!.GetValue<int>());
        Assert.Equal(1, figures["withdrawn"]!.GetValue<int>());
        Assert.Equal(1, figures["stakeholderGroups"]!.AsArray().Single(g => g!["code"]!.GetValue<string>() == "CS")!["count"]!.GetValue<int>());
        var csv = await (await server.ModeratorAsync(HttpMethod.Get, code, "exports/participation.csv")).Content.ReadAsStringAsync();
        Assert.Contains("total,total,Total,2,2,", csv, StringComparison.Ordinal);
        Assert.Contains("total,withdrawn,Withdrew (not counted),1,3,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawn_token_can_no_longer_answer()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "TC");
        (await WithdrawAsync(server, code, token)).EnsureSuccessStatusCode();
        var response = await server.AnswerAsync(code, "agree", token, new { requestId = "late", choice = 2 });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Withdrawal_survives_a_restart()
    {
        string code, path, key;
        await using (var server = new ConsensusServer())
        {
            path = server.DatabasePath;
            code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
            key = server.ModeratorKeys[code];
            var token = await server.JoinAsync(code, "PS");
            await server.AnswerOkAsync(code, "agree", token, new { requestId = "1", choice = 3 });
            (await WithdrawAsync(server, code, token)).EnsureSuccessStatusCode();
        }
        await using var restarted = new ConsensusServer(path);
        restarted.ModeratorKeys[code] = key;
        Assert.Equal(0, (await restarted.MetersAsync(code, "agree"))["meters"]!["headcount"]!["overall"]!["respondents"]!.GetValue<int>());
        // The group counts its members afresh from the store, without the one who withdrew.
        Assert.Equal(0, (await ConsensusServer.ReadAsync(await restarted.Client.GetAsync($"/api/sessions/{code}")))["participants"]!.GetValue<int>());
    }

    private static Task<HttpResponseMessage> WithdrawAsync(ConsensusServer server, string code, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/participants/me/withdraw");
        request.Headers.Authorization = new("Bearer", token);
        return server.Client.SendAsync(request);
    }
}

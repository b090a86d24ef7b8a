namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>Every answer carries a client request id: a retry is acknowledged again and counted once.</summary>
public sealed class IdempotencyTests
{
    [Fact]
    public async Task Retry_is_acknowledged_with_the_original_sequence_and_counted_once()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "GOV");
        var first = await server.AnswerOkAsync(code, "agree", token, new { requestId = "r-1", choice = 4 });
        var retry = await server.AnswerOkAsync(code, "agree", token, new { requestId = "r-1", choice = 4 });

        Assert.Equal(first["sequence"]!.GetValue<long>(), retry["sequence"]!.GetValue<long>());
        Assert.True(retry["retried"]!.GetValue<bool>());
        Assert.Equal(1, (await server.StoredRowsAsync()).Answers);
        Assert.Equal(1, (await server.MetersAsync(code, "agree"))["meters"]!["headcount"]!["overall"]!["respondents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Retry_of_a_superseded_answer_does_not_bring_it_back()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "GOV");
        var first = await server.AnswerOkAsync(code, "agree", token, new { requestId = "old", choice = 0 });
        await server.AnswerOkAsync(code, "agree", token, new { requestId = "new", choice = 4 });
        var lateRetry = await server.AnswerOkAsync(code, "agree", token, new { requestId = "old", choice = 0 });

        Assert.Equal(first["sequence"]!.GetValue<long>(), lateRetry["sequence"]!.GetValue<long>());
        var overall = (await server.MetersAsync(code, "agree"))["meters"]!["headcount"]!["overall"]!;
        Assert.Equal(1.0, overall["agree"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(2, (await server.StoredRowsAsync()).Answers);
    }

    [Fact]
    public async Task Retry_after_a_restart_is_still_counted_once()
    {
        string code, token, path, key;
        long sequence;
        await using (var server = new ConsensusServer())
        {
            path = server.DatabasePath;
            code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
            key = server.ModeratorKeys[code];
            token = await server.JoinAsync(code, "CS");
            sequence = (await server.AnswerOkAsync(code, "axis", token, new { requestId = "before-crash", position = 0.3 }))["sequence"]!.GetValue<long>();
        }
        await using var restarted = new ConsensusServer(path);
        restarted.ModeratorKeys[code] = key;
        var retry = await restarted.AnswerOkAsync(code, "axis", token, new { requestId = "before-crash", position = 0.3 });
        Assert.Equal(sequence, retry["sequence"]!.GetValue<long>());
        Assert.Equal(1, (await restarted.StoredRowsAsync()).Answers);
    }

    [Fact]
    public async Task Request_id_reused_for_another_question_is_a_conflict()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "GOV");
        await server.AnswerOkAsync(code, "agree", token, new { requestId = "same", choice = 1 });
        var response = await server.AnswerAsync(code, "pick", token, new { requestId = "same", choice = 1 });
        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, (await server.StoredRowsAsync()).Answers);
    }
}

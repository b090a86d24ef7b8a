using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Endpoints;

public sealed class MeterEndpointsTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync() => _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Live_channel_sends_the_session_and_every_question_at_once()
    {
        await using var live = await LiveEvents.ConnectAsync(_server.Client, _code, _server.ViewKeys[_code]);
        var (first, session) = await live.NextAsync(new CancellationTokenSource(Patience).Token);
        Assert.Equal("session", first);
        Assert.Equal(_code, session["code"]!.GetValue<string>());
        var questions = new HashSet<string>();
        while (questions.Count < 3)
            questions.Add((await live.WaitForAsync("meters", _ => true, Patience))["questionId"]!.GetValue<string>());
        Assert.Equal(["agree", "axis", "pick"], questions.Order());
    }

    [Fact]
    public async Task Live_meters_show_an_answer_with_a_version_at_least_its_sequence()
    {
        await using var live = await LiveEvents.ConnectAsync(_server.Client, _code, _server.ViewKeys[_code]);
        var cs = await _server.JoinAsync(_code, "CS");
        var tc = await _server.JoinAsync(_code, "TC");
        await _server.AnswerOkAsync(_code, "agree", cs, new { requestId = "1", choice = 4 });
        var receipt = await _server.AnswerOkAsync(_code, "agree", tc, new { requestId = "2", choice = 0 });
        var sequence = receipt["sequence"]!.GetValue<long>();

        var update = await live.WaitForAsync("meters", m => m["questionId"]!.GetValue<string>() == "agree"
            && m["version"]!.GetValue<long>() >= sequence, Patience);

        var overall = update["meters"]!["headcount"]!["overall"]!;
        Assert.Equal(2, overall["respondents"]!.GetValue<int>());
        Assert.Equal(0.5, overall["agree"]!["estimate"]!.GetValue<double>(), 9);
        // The live figures are the figures the meters endpoint computes from the grain.
        var polled = await _server.MetersAsync(_code, "agree");
        Assert.Equal(polled["meters"]!.ToJsonString(), update["meters"]!.ToJsonString());
    }

    [Fact]
    public async Task Live_channel_announces_a_closed_question()
    {
        await using var live = await LiveEvents.ConnectAsync(_server.Client, _code, _server.ViewKeys[_code]);
        (await _server.ModeratorAsync(HttpMethod.Post, _code, $"questions/pick/close")).EnsureSuccessStatusCode();
        await live.WaitForAsync("session", s => s["questions"]!.AsArray()
            .Any(q => q!["id"]!.GetValue<string>() == "pick" && q["status"]!.GetValue<string>() == "closed"), Patience);
    }

    [Fact]
    public async Task Custom_weights_change_the_custom_meters_only()
    {
        var gov = await _server.JoinAsync(_code, "GOV");
        var cs = await _server.JoinAsync(_code, "CS");
        await _server.AnswerOkAsync(_code, "agree", gov, new { requestId = "1", choice = 4 });
        await _server.AnswerOkAsync(_code, "agree", cs, new { requestId = "2", choice = 0 });
        var response = await _server.ModeratorAsync(HttpMethod.Put, _code, "groups/GOV/weight", new JsonObject { ["weight"] = 3.0 });
        response.EnsureSuccessStatusCode();

        var meters = (await _server.MetersAsync(_code, "agree"))["meters"]!;
        // Government weighs 3, Civil Society 1: % agree = 3/4 under custom weights, 1/2 on an equal footing.
        Assert.Equal(0.75, meters["custom"]!["overall"]!["agree"]!["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(0.5, meters["equalFooting"]!["overall"]!["agree"]!["estimate"]!.GetValue<double>(), 9);
    }
}

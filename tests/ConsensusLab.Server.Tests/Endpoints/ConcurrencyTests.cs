namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>Many answers at once through the whole pipeline: exact counts, and one current answer per participant.</summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private const int Crowd = 1000;
    private static readonly string[] Groups = ["GOV", "IGO", "PS", "CS", "TC"];
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync() => _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Thousand_concurrent_answers_from_thousand_participants_are_counted_exactly()
    {
        var tokens = await Task.WhenAll(Enumerable.Range(0, Crowd).Select(i => _server.JoinAsync(_code, Groups[i % Groups.Length])));
        // Participant i answers point i % 5 and position (i % 201 − 100) / 100.
        var receipts = await Task.WhenAll(tokens.SelectMany((token, i) => new[]
        {
            _server.AnswerOkAsync(_code, "agree", token, new { requestId = $"a{i}", choice = i % 5 }),
            _server.AnswerOkAsync(_code, "axis", token, new { requestId = $"p{i}", position = ((i % 201) - 100) / 100.0 }),
        }));
        Assert.Equal(2 * Crowd, receipts.Select(r => r["sequence"]!.GetValue<long>()).Distinct().Count());

        var likert = (await _server.MetersAsync(_code, "agree"))["meters"]!["headcount"]!;
        Assert.Equal(Crowd, likert["overall"]!["respondents"]!.GetValue<int>());
        Assert.All(likert["overall"]!["distribution"]!.AsArray(), share => Assert.Equal(0.2, share!.GetValue<double>(), 12));
        Assert.All(likert["groups"]!.AsArray().Where(g => g!["group"]!.GetValue<string>() is not ("ACA" or "OTHER")),
            g => Assert.Equal(Crowd / Groups.Length, g!["respondents"]!.GetValue<int>()));

        var expectedMean = Enumerable.Range(0, Crowd).Average(i => ((i % 201) - 100) / 100.0);
        var axis = (await _server.MetersAsync(_code, "axis"))["meters"]!["headcount"]!["overall"]!;
        Assert.Equal(Crowd, axis["respondents"]!.GetValue<int>());
        Assert.Equal(expectedMean, axis["position"]!["mean"]!.GetValue<double>(), 9);
        Assert.Equal((2L * Crowd, (long)Crowd), await _server.StoredRowsAsync());
    }

    [Fact]
    public async Task Thousand_concurrent_changes_by_one_participant_leave_one_current_answer()
    {
        var token = await _server.JoinAsync(_code, "TC");
        var receipts = await Task.WhenAll(Enumerable.Range(0, Crowd).Select(i =>
            _server.AnswerOkAsync(_code, "axis", token, new { requestId = $"r{i}", position = (i % 200 - 100) / 100.0 })));
        var last = receipts.MaxBy(r => r["sequence"]!.GetValue<long>())!;

        var overall = (await _server.MetersAsync(_code, "axis"))["meters"]!["headcount"]!["overall"]!;
        Assert.Equal(1, overall["respondents"]!.GetValue<int>());
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{_code}/questions/axis/answers/mine");
        request.Headers.Authorization = new("Bearer", token);
        var mine = await ConsensusServer.ReadAsync(await _server.Client.SendAsync(request));
        // The answer with the last ledger sequence is the one that counts, and the meter shows exactly it.
        Assert.Equal(last["sequence"]!.GetValue<long>(), mine["sequence"]!.GetValue<long>());
        Assert.Equal(mine["answer"]!["position"]!.GetValue<double>(), overall["position"]!["mean"]!.GetValue<double>(), 9);
        Assert.Equal(Crowd, (await _server.StoredRowsAsync()).Answers);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ConsensusLab.Server.Tests.Resilience;

/// <summary>
/// Issue 5, crash safety: the server process is killed with SIGKILL while answers stream in, again and again at random
/// moments; after every restart each acknowledged answer is in the ledger and the rebuilt meters equal a recount of it.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20_240_605;
    private const int Kills = 10;
    private const int CrowdSize = 200;
    private const int Clients = 16;
    private const int RetriesAfterRestart = 12;

    private static readonly Dictionary<string, int> OptionsByQuestion = new(StringComparer.Ordinal) { ["agree"] = 5, ["trust"] = 5, ["pick"] = 3 };

    private readonly string _databasePath = Path.Combine(Directory.CreateTempSubdirectory("consensuslab-crash-").FullName, "store.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(Path.GetDirectoryName(_databasePath)!, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_acknowledged_answer_survives_SIGKILL_and_the_rebuilt_meters_equal_a_recount_of_the_ledger()
    {
        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        string code, moderatorKey;
        IReadOnlyList<CrowdMember> crowd;
        await using (var first = await ServerProcess.StartAsync(_databasePath))
        {
            (code, moderatorKey) = await CreateOpenSessionAsync(first.Client);
            crowd = await JoinCrowdAsync(first.Client, code, random);
        }
        var stream = new AnswerStream(code, crowd, OptionsByQuestion);

        for (var kill = 1; kill <= Kills + 1; kill++)
        {
            var starting = clock.Elapsed;
            await using var server = await ServerProcess.StartAsync(_databasePath);
            var startup = clock.Elapsed - starting;
            await VerifyAsync(server, code, moderatorKey, stream, random);
            if (kill > Kills)
                break;

            using var stop = new CancellationTokenSource();
            var streaming = stream.RunAsync(server.Client, Clients, $"k{kill}", random.Next(), stop.Token);
            var delay = TimeSpan.FromMilliseconds(random.Next(200, 1500));
            await Task.Delay(delay);
            var before = stream.AcknowledgedAnswers.Count;
            var inFlight = stream.InFlight;
            server.Kill();
            await stop.CancelAsync();
            await streaming;
            Assert.True(inFlight > 0, "The kill came while no answer was in flight.");
            output.WriteLine($"kill {kill}: after {delay.TotalMilliseconds:0} ms of streaming, {inFlight} requests in flight, "
                + $"{stream.AcknowledgedAnswers.Count} acknowledged so far ({before} before the kill); the server started in {startup.TotalSeconds:0.0} s");
            Assert.Empty(stream.Unexpected);
        }

        Assert.Empty(stream.Unexpected);
        Assert.True(stream.AcknowledgedAnswers.Count > 10 * Kills, $"Only {stream.AcknowledgedAnswers.Count} answers were acknowledged in all.");
        output.WriteLine($"{stream.AcknowledgedAnswers.Count} acknowledged answers, {Kills} kills, {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// (a) every acknowledged answer is in the ledger as acknowledged, (b) the meters equal the recount, (c) retried
    /// request ids are acknowledged with their original sequence and stored once.
    /// </summary>
    private async Task VerifyAsync(ServerProcess server, string code, string moderatorKey, AnswerStream stream, Random random)
    {
        var ledger = await LedgerFile.ReadAsync(_databasePath, code);
        var bySequence = ledger.ToDictionary(r => r.Sequence);
        foreach (var answer in stream.AcknowledgedAnswers)
        {
            Assert.True(bySequence.TryGetValue(answer.Sequence, out var row), $"Acknowledged answer {answer} is not in the ledger.");
            Assert.Equal((answer.Member.Id, answer.QuestionId, answer.RequestId, answer.Choice, "Answer"),
                (row!.ParticipantId, row.QuestionId, row.RequestId, row.Choice, row.Kind));
        }

        using var metersRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{code}/meters");
        metersRequest.Headers.Add("X-Moderator-Key", moderatorKey);
        var meters = await ConsensusServer.ReadAsync(await server.Client.SendAsync(metersRequest));
        foreach (var question in meters["questions"]!.AsArray())
        {
            var id = question!["questionId"]!.GetValue<string>();
            AssertMetersEqualRecount(id, question["meters"]!["headcount"]!, LedgerRecount.Count(ledger, id, OptionsByQuestion[id]));
        }

        var retries = stream.AcknowledgedAnswers.Where(a => !stream.HasWithdrawn(a.Member)).OrderBy(_ => random.Next()).Take(RetriesAfterRestart).ToList();
        foreach (var answer in retries)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/questions/{answer.QuestionId}/answers")
            {
                Content = JsonContent.Create(new { requestId = answer.RequestId, choice = answer.Choice }, options: ConsensusServer.Json),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", answer.Member.Token);
            var receipt = await ConsensusServer.ReadAsync(await server.Client.SendAsync(request));
            Assert.Equal(answer.Sequence, receipt["sequence"]!.GetValue<long>());
            Assert.True(receipt["retried"]!.GetValue<bool>());
        }
        Assert.Equal(ledger.Count, (await LedgerFile.ReadAsync(_databasePath, code)).Count);
    }

    private static void AssertMetersEqualRecount(string questionId, JsonNode headcount, IReadOnlyDictionary<string, long[]> expected)
    {
        var options = OptionsByQuestion[questionId];
        var overall = new long[options];
        foreach (var cells in expected.Values)
            for (var o = 0; o < options; o++)
                overall[o] += cells[o];
        AssertMeterEquals($"{questionId}/overall", overall, headcount["overall"]!);

        var groups = headcount["groups"]!.AsArray().ToDictionary(g => g!["group"]!.GetValue<string>(), g => g!, StringComparer.Ordinal);
        Assert.Subset(groups.Keys.ToHashSet(StringComparer.Ordinal), expected.Keys.ToHashSet(StringComparer.Ordinal));
        foreach (var (group, meter) in groups)
        {
            Assert.False(meter["suppressed"]?.GetValue<bool>() ?? false, $"{questionId}/{group} is suppressed with a privacy threshold of 1.");
            AssertMeterEquals($"{questionId}/{group}", expected.GetValueOrDefault(group) ?? new long[options], meter);
        }
    }

    private static void AssertMeterEquals(string name, long[] cells, JsonNode meter)
    {
        var respondents = cells.Sum();
        Assert.True(respondents == meter["respondents"]!.GetValue<long>(),
            $"{name}: the meters count {meter["respondents"]} respondents, the ledger {respondents}.");
        var distribution = meter["distribution"]!.AsArray().Select(s => s!.GetValue<double>()).ToArray();
        var expected = respondents == 0 ? [] : cells.Select(c => (double)c / respondents).ToArray();
        Assert.Equal(expected.Length, distribution.Length);
        for (var o = 0; o < expected.Length; o++)
            Assert.True(Math.Abs(expected[o] - distribution[o]) < 1e-12, $"{name}: option {o} has share {distribution[o]}, the ledger {expected[o]}.");
    }

    private static async Task<(string Code, string ModeratorKey)> CreateOpenSessionAsync(HttpClient client)
    {
        var created = await ConsensusServer.ReadAsync(await client.PostAsJsonAsync("/api/sessions", new
        {
            title = "Crash safety",
            privacyThreshold = 1,
            questions = new object[]
            {
                new { id = "agree", kind = "likert", prompt = "We agree.", options = Sessions.FivePoints },
                new { id = "trust", kind = "likert", prompt = "We trust the process.", options = Sessions.FivePoints },
                new { id = "pick", kind = "singleChoice", prompt = "Pick one.", options = new[] { "A", "B", "C" } },
            },
        }, ConsensusServer.Json));
        var code = created["session"]!["code"]!.GetValue<string>();
        var key = created["moderatorKey"]!.GetValue<string>();
        foreach (var path in new[] { "open" }.Concat(OptionsByQuestion.Keys.Select(q => $"questions/{q}/open")))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/{path}");
            request.Headers.Add("X-Moderator-Key", key);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
        return (code, key);
    }

    private static async Task<IReadOnlyList<CrowdMember>> JoinCrowdAsync(HttpClient client, string code, Random random)
    {
        var session = await ConsensusServer.ReadAsync(await client.GetAsync(new Uri($"/api/sessions/{code}", UriKind.Relative)));
        var groups = session["groups"]!.AsArray().Select(g => g!["code"]!.GetValue<string>()).ToArray();
        var declared = Enumerable.Range(0, CrowdSize).Select(_ => groups[random.Next(groups.Length)]).ToArray();
        using var gate = new SemaphoreSlim(Clients);
        return await Task.WhenAll(declared.Select(async group =>
        {
            await gate.WaitAsync();
            try
            {
                var joined = await ConsensusServer.ReadAsync(await client.PostAsJsonAsync($"/api/sessions/{code}/participants",
                    new { group, country = "KE", attendance = "onsite" }, ConsensusServer.Json));
                return new CrowdMember(joined["participantId"]!.GetValue<string>(), joined["token"]!.GetValue<string>(), group);
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}

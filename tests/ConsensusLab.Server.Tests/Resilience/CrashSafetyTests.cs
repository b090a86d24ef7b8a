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
/// Issue 15: the writer checkpoints after every few commits here (Storage:CheckpointPages), so that kills also land
/// between a commit and its checkpoint and in the middle of one.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20_240_605;
    private const int Kills = 10;
    private const int Clients = 16;
    private const int RetriesAfterRestart = 12;
    private static readonly Dictionary<string, string> FrequentCheckpoints = new() { ["Storage:CheckpointPages"] = "8" };

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
            (code, moderatorKey) = await CrowdScenario.CreateOpenSessionAsync(first.Client);
            crowd = await CrowdScenario.JoinCrowdAsync(first.Client, code, random);
        }
        var stream = new AnswerStream(code, crowd, CrowdScenario.OptionsByQuestion);

        for (var kill = 1; kill <= Kills + 1; kill++)
        {
            var starting = clock.Elapsed;
            await using var server = await ServerProcess.StartAsync(_databasePath, FrequentCheckpoints);
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
            CrowdScenario.AssertMetersEqualRecount(id, question["meters"]!["headcount"]!, LedgerRecount.Count(ledger, id, CrowdScenario.OptionsByQuestion[id]));
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
}

using ConsensusLab.Server.Tests.Resilience;
using ConsensusLab.Storage.Tests.Postgres;
using Xunit.Abstractions;

namespace ConsensusLab.Server.Tests.Cluster;

/// <summary>
/// Three silos (three server processes) on one PostgreSQL database take answers through all three front doors; the
/// silo that hosts the questions is killed with SIGKILL in the middle of the load. No acknowledged answer is lost, a
/// retried request counts once, the questions come back on a survivor and take answers again, and both survivors'
/// meters equal a recount of the ledger.
/// </summary>
[Collection(SilosOnPostgres.Name)]
public sealed class SiloKillTests(PostgresServer postgres, ITestOutputHelper output) : IAsyncLifetime
{
    private const int ClientsPerSilo = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _scratch = Directory.CreateTempSubdirectory("consensuslab-silos-").FullName;
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await postgres.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        await postgres.DropDatabaseAsync(_connectionString);
        Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public async Task Killing_the_silo_that_hosts_the_questions_loses_no_answer_and_the_survivors_take_over()
    {
        var settings = new Dictionary<string, string> { ["Storage__Provider"] = "postgres", ["Storage__ConnectionString"] = _connectionString };
        var random = new Random(20_261_201);
        await using var doomed = await ServerProcess.StartAsync(Path.Combine(_scratch, "unused-a.db"), settings);
        await using var second = await ServerProcess.StartAsync(Path.Combine(_scratch, "unused-b.db"), settings);
        await using var third = await ServerProcess.StartAsync(Path.Combine(_scratch, "unused-c.db"), settings);
        // Grains are placed on the silo that first calls them: created through the doomed silo, the session's
        // questions live there.
        var (code, moderatorKey) = await CrowdScenario.CreateOpenSessionAsync(doomed.Client);
        var crowd = await CrowdScenario.JoinCrowdAsync(second.Client, code, random);
        var stream = new AnswerStream(code, crowd, CrowdScenario.OptionsByQuestion, retryUnavailable: true);

        using var stopDoomed = new CancellationTokenSource();
        using var stopSurvivors = new CancellationTokenSource();
        var throughDoomed = stream.RunAsync(doomed.Client, ClientsPerSilo, "a", random.Next(), stopDoomed.Token);
        var throughSurvivors = Task.WhenAll(
            stream.RunAsync(second.Client, ClientsPerSilo, "b", random.Next(), stopSurvivors.Token),
            stream.RunAsync(third.Client, ClientsPerSilo, "c", random.Next(), stopSurvivors.Token));
        await Task.Delay(TimeSpan.FromMilliseconds(random.Next(800, 1600)));
        var inFlight = stream.InFlight;
        doomed.Kill();
        var killedAt = Environment.TickCount64;
        await stopDoomed.CancelAsync();
        await throughDoomed;
        var resumedAt = await FirstAcknowledgedAfterAsync(stream, killedAt);
        await Task.Delay(1000);
        await stopSurvivors.CancelAsync();
        await throughSurvivors;
        Assert.True(stream.Unexpected.Count == 0, string.Join("\n", stream.Unexpected.Take(3)));
        Assert.True(inFlight > 0, "The kill came while no answer was in flight.");

        var ledger = await PostgresLedger.ReadAsync(_connectionString, code);
        var bySequence = ledger.ToDictionary(r => r.Sequence);
        foreach (var answer in stream.AcknowledgedAnswers)
        {
            Assert.True(bySequence.TryGetValue(answer.Sequence, out var row), $"Acknowledged answer {answer.Sequence} is not in the ledger.");
            Assert.Equal((answer.Member.Id, answer.QuestionId, answer.RequestId), (row.ParticipantId, row.QuestionId, row.RequestId));
        }
        Assert.Equal(ledger.Count, ledger.Select(r => (r.ParticipantId, r.RequestId)).Distinct().Count());

        await MetersEqualLedgerAsync(second, code, moderatorKey);
        await MetersEqualLedgerAsync(third, code, moderatorKey);
        output.WriteLine($"{stream.AcknowledgedAnswers.Count} acknowledged answers through three silos, {inFlight} in flight at the kill, "
            + $"{ledger.Count} ledger entries; the first answer acknowledged by a survivor was sent {resumedAt - killedAt} ms after the kill");
    }

    /// <summary>When the first answer sent after the kill was sent (and then acknowledged: the questions had moved by then).</summary>
    private static async Task<long> FirstAcknowledgedAfterAsync(AnswerStream stream, long killedAt)
    {
        var deadline = Environment.TickCount64 + (long)Patience.TotalMilliseconds;
        while (Environment.TickCount64 < deadline)
        {
            if (stream.AcknowledgedAnswers.Where(a => a.SentAtMs > killedAt).Select(a => a.SentAtMs).DefaultIfEmpty().Min() is > 0 and var first)
                return first;
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException($"No survivor acknowledged an answer within {Patience.TotalSeconds} s of the kill.");
    }

    /// <summary>
    /// The survivor's meters equal a recount of the ledger, at once or after the question grains' settling reads of the
    /// ledger (answers a second activation took while the cluster was declaring the dead silo dead). The ledger is read
    /// again on every attempt: a request the stream abandoned when it stopped may still be stored after the stream ended.
    /// </summary>
    private async Task MetersEqualLedgerAsync(ServerProcess survivor, string code, string moderatorKey)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var ledger = await PostgresLedger.ReadAsync(_connectionString, code);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{code}/meters");
            request.Headers.Add("X-Moderator-Key", moderatorKey);
            try
            {
                // A 503 (the session grain still on its way to a survivor) fails the read like a mismatch, and is retried.
                var meters = await ConsensusServer.ReadAsync(await survivor.Client.SendAsync(request));
                foreach (var question in meters["questions"]!.AsArray())
                {
                    var id = question!["questionId"]!.GetValue<string>();
                    CrowdScenario.AssertMetersEqualRecount(id, question["meters"]!["headcount"]!,
                        LedgerRecount.Count(ledger, id, CrowdScenario.OptionsByQuestion[id]));
                }
                return;
            }
            catch (Xunit.Sdk.XunitException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                throw new Xunit.Sdk.XunitException($"{e.Message}\nThe survivor's last output:\n{survivor.Output}");
            }
        }
    }
}

using System.Text.Json.Nodes;
using ConsensusLab.Server.Tests.Resilience;
using ConsensusLab.Storage.Tests.Postgres;
using Xunit.Abstractions;

namespace ConsensusLab.Server.Tests.Cluster;

/// <summary>
/// Two server processes on one PostgreSQL database take answers; one is killed with SIGKILL in the middle of the load.
/// No acknowledged answer is lost, and the survivor's meters equal a recount of the ledger.
/// </summary>
[Collection(NodesOnPostgres.Name)]
public sealed class NodeKillTests(PostgresServer postgres, ITestOutputHelper output) : IAsyncLifetime
{
    private const int ClientsPerNode = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly string _scratch = Directory.CreateTempSubdirectory("consensuslab-nodes-").FullName;
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await postgres.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        await postgres.DropDatabaseAsync(_connectionString);
        Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public async Task Killing_one_node_under_load_loses_no_acknowledged_answer_and_the_survivor_equals_the_ledger()
    {
        var settings = new Dictionary<string, string> { ["Storage__Provider"] = "postgres", ["Storage__ConnectionString"] = _connectionString };
        var random = new Random(20_261_122);
        await using var doomed = await ServerProcess.StartAsync(Path.Combine(_scratch, "unused-a.db"), settings);
        await using var survivor = await ServerProcess.StartAsync(Path.Combine(_scratch, "unused-b.db"), settings);
        var (code, moderatorKey) = await CrowdScenario.CreateOpenSessionAsync(doomed.Client);
        var crowd = await CrowdScenario.JoinCrowdAsync(survivor.Client, code, random);
        var stream = new AnswerStream(code, crowd, CrowdScenario.OptionsByQuestion);

        using var stopDoomed = new CancellationTokenSource();
        using var stopSurvivor = new CancellationTokenSource();
        var throughDoomed = stream.RunAsync(doomed.Client, ClientsPerNode, "a", random.Next(), stopDoomed.Token);
        var throughSurvivor = stream.RunAsync(survivor.Client, ClientsPerNode, "b", random.Next(), stopSurvivor.Token);
        await Task.Delay(TimeSpan.FromMilliseconds(random.Next(800, 1600)));
        var inFlight = stream.InFlight;
        doomed.Kill();
        await stopDoomed.CancelAsync();
        await throughDoomed;
        await Task.Delay(500);
        await stopSurvivor.CancelAsync();
        await throughSurvivor;
        Assert.True(stream.Unexpected.Count == 0, string.Join("\n", stream.Unexpected.Take(3)));
        Assert.True(inFlight > 0, "The kill came while no answer was in flight.");

        var ledger = await PostgresLedger.ReadAsync(_connectionString, code);
        var bySequence = ledger.ToDictionary(r => r.Sequence);
        foreach (var answer in stream.AcknowledgedAnswers)
        {
            Assert.True(bySequence.TryGetValue(answer.Sequence, out var row), $"Acknowledged answer {answer.Sequence} is not in the ledger.");
            Assert.Equal((answer.Member.Id, answer.QuestionId, answer.RequestId), (row.ParticipantId, row.QuestionId, row.RequestId));
        }

        await SurvivorEqualsLedgerAsync(survivor, code, moderatorKey, ledger);
        output.WriteLine($"{stream.AcknowledgedAnswers.Count} acknowledged answers through two nodes, {inFlight} in flight at the kill, "
            + $"{ledger.Count} ledger entries");
    }

    /// <summary>The survivor catches up on what the killed node committed; its meters then equal the recount.</summary>
    private static async Task SurvivorEqualsLedgerAsync(ServerProcess survivor, string code, string moderatorKey, IReadOnlyList<LedgerRow> ledger)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{code}/meters");
            request.Headers.Add("X-Moderator-Key", moderatorKey);
            var meters = await ConsensusServer.ReadAsync(await survivor.Client.SendAsync(request));
            try
            {
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
                await Task.Delay(200);
            }
        }
    }
}

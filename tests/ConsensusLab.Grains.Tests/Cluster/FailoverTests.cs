using System.Collections.Concurrent;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Storage;
using Orleans.Runtime;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Cluster;

/// <summary>Killing the silo that hosts a question: the question comes back on a survivor, rebuilt from the ledger, and loses nothing.</summary>
public sealed class FailoverTests
{
    private static readonly string[] Groups = ["GOV", "IGO", "PS", "CS", "TC", "OTHER"];

    [Fact]
    public async Task Question_of_a_killed_silo_moves_to_a_survivor_with_every_acknowledged_answer()
    {
        await using var silo = await TestSilo.StartAsync(silos: 3);
        var code = await OpenAsync(silo, Likert("q1"));
        var question = silo.Grain<IQuestionGrain>(GrainKeys.Question(code, "q1"));
        var acknowledged = new ConcurrentDictionary<string, (int Choice, long Sequence)>(StringComparer.Ordinal);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => AnswerUntilAcknowledgedAsync(question, i, acknowledged)));
        var host = (await silo.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(question))!;

        var killing = silo.Cluster.KillSiloAsync(silo.Cluster.Silos.Single(s => s.SiloAddress.Equals(host)));
        // Answers keep coming while the silo dies: each is retried with its request id until a survivor acknowledges it.
        await Task.WhenAll(Enumerable.Range(200, 200).Select(i => AnswerUntilAcknowledgedAsync(question, i, acknowledged)));
        await killing;

        Assert.NotEqual(host, (await silo.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(question))!);
        var tally = await question.GetTally();
        Assert.Equal(400, Tallies.Respondents(tally));
        for (var choice = 0; choice < 5; choice++)
            Assert.Equal(acknowledged.Values.Count(a => a.Choice == choice), tally.Groups.Sum(g => g.Cells[choice]));
        var ledger = await silo.Database.Ledger.ReadQuestionAsync(code, "q1", default).ToListAsync();
        Assert.Equal(400, ledger.Count);
        Assert.All(acknowledged.Values, a => Assert.Contains(ledger, r => r.Sequence == a.Sequence));
    }

    private static async Task AnswerUntilAcknowledgedAsync(IQuestionGrain question, int participant, ConcurrentDictionary<string, (int, long)> acknowledged)
    {
        var answer = new AnswerCommand($"P{participant}", Groups[participant % Groups.Length], $"r{participant}", new Domain.Questions.AnswerValue(Choice: participant % 5));
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var receipt = await question.Submit(answer);
                acknowledged[answer.ParticipantId] = (participant % 5, receipt.Sequence);
                return;
            }
            catch (Exception e) when (e is not CommandRejectedException && attempt < 100)
            {
                // The silo died under the call: the same request again is counted once.
                await Task.Delay(100);
            }
        }
    }
}

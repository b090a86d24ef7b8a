using ConsensusLab.Grains.Questions;
using ConsensusLab.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using static ConsensusLab.Grains.Tests.TestSessions;

namespace ConsensusLab.Grains.Tests.Cluster;

/// <summary>One question, called through both silos of the cluster at once, lives in one activation and counts every answer once.</summary>
[Collection(SharedSilo.Collection)]
public sealed class SingleActivationTests(SharedSilo shared)
{
    private static readonly string[] Groups = ["GOV", "IGO", "PS", "CS", "TC", "OTHER"];

    [Fact]
    public async Task Question_called_through_every_silo_has_one_activation_in_the_cluster()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var key = GrainKeys.Question(code, "q1");

        await Task.WhenAll(SiloFactories(silo).SelectMany((grains, s) => Enumerable.Range(0, 20).Select(i =>
            grains.GetGrain<IQuestionGrain>(key).Submit(Answer($"S{s}-P{i}", Groups[i % Groups.Length], i % 5)))));

        var question = silo.Grain<IQuestionGrain>(key);
        var activations = await silo.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        Assert.Single(activations, a => a.GrainId == question.GetGrainId());
        Assert.Equal(20 * silo.Cluster.Silos.Count, (await question.GetSnapshot()).Respondents);
    }

    [Fact]
    public async Task Interleaved_answers_and_changes_through_every_silo_give_exact_counts()
    {
        var silo = shared.Silo;
        var code = await OpenAsync(silo, Likert("q1"));
        var key = GrainKeys.Question(code, "q1");
        var factories = SiloFactories(silo);
        const int Participants = 600;

        // Every participant answers through one silo and changes their mind through another, all at once: the later
        // ledger entry is the one that counts, whichever commit finishes first.
        var answered = await Task.WhenAll(Enumerable.Range(0, Participants).Select(async i =>
        {
            var first = factories[i % factories.Count].GetGrain<IQuestionGrain>(key).Submit(Answer($"P{i}", Groups[i % Groups.Length], i % 5));
            var second = factories[(i + 1) % factories.Count].GetGrain<IQuestionGrain>(key).Submit(Answer($"P{i}", Groups[i % Groups.Length], (i + 2) % 5));
            var receipts = await Task.WhenAll(first, second);
            return (Choice: receipts[0].Sequence > receipts[1].Sequence ? i % 5 : (i + 2) % 5, Group: Groups[i % Groups.Length]);
        }));

        var tally = await silo.Grain<IQuestionGrain>(key).GetTally();
        Assert.Equal(Participants, Tallies.Respondents(tally));
        foreach (var group in tally.Groups)
            for (var choice = 0; choice < 5; choice++)
                Assert.Equal(answered.Count(a => a.Group == group.Group && a.Choice == choice), group.Cells[choice]);
        Assert.Equal(2 * Participants, await silo.Database.Ledger.ReadQuestionAsync(code, "q1", default).CountAsync());
    }

    /// <summary>The grain factory of each silo: calls made through it start on that silo.</summary>
    private static IReadOnlyList<IGrainFactory> SiloFactories(TestSilo silo) =>
        [.. silo.Cluster.Silos.Select(s => s.ServiceProvider.GetRequiredService<IGrainFactory>())];
}

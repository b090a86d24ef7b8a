using System.Text.Json.Nodes;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>The recompute view: every figure from the ledger, the raw-answer ones included, each labelled by source.</summary>
public sealed class RecomputeTests
{
    [Fact]
    public async Task Recompute_gives_the_live_figures_again_and_the_raw_answer_figures()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(new
        {
            title = "Recompute",
            privacyThreshold = 1,
            questions = new object[]
            {
                new { id = "goals", kind = "likert", prompt = "Shared goals.", options = Sessions.FivePoints },
                new { id = "trust", kind = "likert", prompt = "Trust.", options = Sessions.FivePoints },
                new { id = "rank", kind = "ranking", prompt = "Rank.", options = new[] { "A", "B", "C" } },
            },
        });
        // Three participants who agree perfectly: same points on both Likert questions, same ranking.
        foreach (var group in new[] { "GOV", "CS", "TC" })
        {
            var token = await server.JoinAsync(code, group);
            await server.AnswerOkAsync(code, "goals", token, new { requestId = "g", choice = 4 });
            await server.AnswerOkAsync(code, "trust", token, new { requestId = "t", choice = 1 });
            await server.AnswerOkAsync(code, "rank", token, new { requestId = "r", ranking = new[] { 2, 0, 1 } });
        }

        var recomputed = await ConsensusServer.ReadAsync(await server.ModeratorAsync(HttpMethod.Get, code, "recompute"));
        Assert.Equal("recomputed", recomputed["source"]!.GetValue<string>());
        Assert.NotEmpty(recomputed["sources"]!["live"]!.AsArray());
        Assert.NotEmpty(recomputed["sources"]!["recomputed"]!.AsArray());

        // Identical rankings: Kendall's W = 1. Identical answers across two questions: Krippendorff's alpha = 1.
        var rank = recomputed["questions"]!.AsArray().Single(q => q!["questionId"]!.GetValue<string>() == "rank")!;
        Assert.Equal(1.0, rank["kendallW"]!["w"]!.GetValue<double>(), 9);
        Assert.Equal(1.0, recomputed["agreement"]!["krippendorffNominal"]!.GetValue<double>(), 9);
        Assert.Equal(3, recomputed["agreement"]!["participants"]!.GetValue<int>());

        var live = await server.MetersAsync(code, "goals");
        Assert.Equal("live", live["source"]!.GetValue<string>());
        var goals = recomputed["questions"]!.AsArray().Single(q => q!["questionId"]!.GetValue<string>() == "goals")!;
        var recomputedHeadcount = goals["meters"]!.AsArray().Single(m => m!["scheme"]!.GetValue<string>() == "headcount")!;
        Assert.Equal(live["meters"]!["headcount"]!["overall"]!.ToJsonString(), recomputedHeadcount["overall"]!.ToJsonString());
    }
}

using System.Globalization;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting.Tests.Export;

/// <summary>Issue 13: only the current round was exported; round 1, the round change and Krippendorff's alpha were missing.</summary>
public sealed class RoundsExportTests
{
    /// <summary>GOV, CS and TC answer Disagree, Neither, Agree in round 1 and Agree, Agree, Strongly agree in round 2.</summary>
    private static TestArchive TwoRounds()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        foreach (var (group, before, after) in new[] { ("GOV", 1, 3), ("CS", 2, 3), ("TC", 3, 4) })
        {
            var id = archive.Join(group);
            archive.Answer(id, "q1", new AnswerValue(Choice: before));
            archive.Answer(id, "q1", new AnswerValue(Choice: after), round: 2);
        }
        return archive;
    }

    private static Task<CsvTable> Export(SessionArchive archive, string file) =>
        CsvTable.WriteAndParse(stream => SessionExporter.WriteAsync(file, archive, stream, CancellationToken.None));

    private static double Number(string field) => double.Parse(field, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Summary_rows_carry_every_round_with_that_rounds_figures()
    {
        var rows = (await Export(TwoRounds().Build(), "summary.csv")).Rows
            .Where(r => r["scheme"] == "headcount" && r["group"] == "overall").ToList();

        Assert.Equal(["1", "2"], rows.Select(r => r["round"]));
        Assert.Equal(1 / 3.0, Number(rows[0]["agree"]), 12);
        Assert.Equal(1.0, Number(rows[1]["agree"]), 12);
    }

    [Fact]
    public void Summary_json_lists_every_round_and_keeps_the_latest_as_the_questions_meters()
    {
        var summary = SessionSummary.Of(TwoRounds().Build());

        var question = Assert.Single(summary.Questions);
        Assert.Equal([1, 2], question.Rounds.Select(r => r.Round));
        Assert.Equal(2, question.Round);
        Assert.Equal(question.Rounds[^1].Meters, question.Meters);
    }

    [Fact]
    public async Task The_round_change_has_the_pairs_the_test_and_the_net_change_under_each_scheme()
    {
        var rows = (await Export(TwoRounds().Build(), "round_changes.csv")).Rows;

        Assert.Equal(["equalFooting", "headcount", "custom"], rows.Select(r => r["scheme"]));
        Assert.All(rows, r => Assert.Equal(("1", "2", "3", "1"), (r["from_round"], r["to_round"], r["pairs"], r["share_moved"])));
        // Agree goes from 1 of 3 to 3 of 3, whichever the weighting: every group has one respondent.
        Assert.All(rows, r => Assert.Equal(2 / 3.0, Number(r["paired_net_change_agree"]), 12));
        Assert.All(rows, r => Assert.Equal(2 / 3.0, Number(r["net_change_agree"]), 12));
        Assert.All(rows, r => Assert.InRange(Number(r["mcnemar_p"]), 0, 1));
        Assert.All(rows, r => Assert.Equal(("", ""), (r["wilcoxon_p"], r["net_change_mean_position"])));
    }

    [Fact]
    public async Task A_single_round_has_no_round_change()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 3));

        Assert.Empty((await Export(archive.Build(), "round_changes.csv")).Rows);
    }

    [Fact]
    public async Task Agreement_across_questions_is_given_for_every_round_and_the_latest_equals_the_recompute_view()
    {
        var archive = SampleArchive.Build();

        var rows = (await Export(archive, "agreement.csv")).Rows;

        Assert.Equal([("1", "q1"), ("1", "q2"), ("2", "q1"), ("2", "q2")], rows.Select(r => (r["round"], r["question"])));
        Assert.All(rows, r => Assert.Equal(("5", "2", "5"), (r["points"], r["questions"], r["participants"])));
        var latest = RecomputedSession.Of(archive).Agreement!;
        var round2 = rows.Where(r => r["round"] == "2").ToList();
        Assert.All(round2, r => Assert.Equal(latest.KrippendorffNominal!.Value, Number(r["krippendorff_nominal"]), 12));
        Assert.All(round2, r => Assert.Equal(latest.KrippendorffOrdinal!.Value, Number(r["krippendorff_ordinal"]), 12));
        Assert.NotEqual(round2[0]["krippendorff_ordinal"], rows[0]["krippendorff_ordinal"]);
    }
}

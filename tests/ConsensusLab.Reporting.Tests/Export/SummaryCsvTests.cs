using System.Globalization;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting.Tests.Export;

public sealed class SummaryCsvTests
{
    private static readonly string[] Columns =
    [
        "question", "kind", "round", "scheme", "group", "respondents", "total_weight", "effective_n",
        "agree", "agree_lower", "agree_upper", "disagree", "disagree_lower", "disagree_upper",
        "position_mean", "position_sd", "position_median", "share_below_status_quo", "share_above_status_quo",
        "design_effect",
        "tastle_wierman", "van_der_eijk", "leik_dispersion", "ordinal_median", "lower_quartile", "upper_quartile",
        "interquartile_range", "consensus_verdict", "polarization", "bimodality_coefficient", "split_room",
        "kendall_w", "kendall_chi_square", "kendall_df", "kendall_p",
        "group_informed_consensus", "minimum_agree", "jensen_shannon_bits", "groups_present",
        "independence_chi_square", "independence_df", "independence_p", "cramers_v", "sparse_expected_share",
        "kruskal_wallis_h", "kruskal_wallis_df", "kruskal_wallis_p", "version", "suppressed", "group_membership",
    ];

    /// <summary>GOV answers 4 and 3, CS answers 0, 1, 4 and 2 (see SessionSummaryTests for the hand computation).</summary>
    private static TestArchive LikertArchive()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        foreach (var choice in new[] { 4, 3 })
            archive.Answered("GOV", "q1", new AnswerValue(Choice: choice));
        foreach (var choice in new[] { 0, 1, 4, 2 })
            archive.Answered("CS", "q1", new AnswerValue(Choice: choice));
        return archive;
    }

    private static Task<CsvTable> Export(TestArchive archive) =>
        CsvTable.WriteAndParse(stream => SessionExporter.WriteSummaryCsvAsync(archive.Build(), stream, CancellationToken.None));

    private static Task<CsvTable> ExportFile(TestArchive archive, string file) =>
        CsvTable.WriteAndParse(stream => SessionExporter.WriteAsync(file, archive.Build(), stream, CancellationToken.None));

    private static double Number(string field) => double.Parse(field, CultureInfo.InvariantCulture);

    [Fact]
    public async Task There_is_a_row_per_question_scheme_and_group_with_overall_first()
    {
        var table = await Export(LikertArchive());

        Assert.Equal(Columns, table.Header.Take(Columns.Length));
        Assert.Equal(3 * 7, table.Rows.Count);
        Assert.Equal(["equalFooting", "headcount", "custom"], table.Rows.Select(r => r["scheme"]).Distinct());
        Assert.Equal(["overall", "GOV", "IGO", "PS", "CS", "TC", "OTHER"], table.Rows.Take(7).Select(r => r["group"]));
        Assert.All(table.Rows, r => Assert.Equal("likert", r["kind"]));
    }

    [Fact]
    public async Task Figures_are_written_in_full()
    {
        var rows = (await Export(LikertArchive())).Rows;
        var overall = rows.Single(r => r["scheme"] == "equalFooting" && r["group"] == "overall");

        Assert.Equal("6", overall["respondents"]);
        Assert.Equal(6, Number(overall["total_weight"]), 12);
        Assert.Equal(36 / 6.75, Number(overall["effective_n"]), 12);
        Assert.Equal(0.625, Number(overall["agree"]), 12);
        Assert.Equal(Expected.Wilson(0.625, 36 / 6.75).Lower, Number(overall["agree_lower"]), 12);
        Assert.Equal(Expected.Wilson(0.625, 36 / 6.75).Upper, Number(overall["agree_upper"]), 12);
        Assert.Equal(0.25, Number(overall["disagree"]), 12);
        Assert.Equal("6", overall["version"]);
        Assert.Equal("false", overall["suppressed"]);
    }

    // Issue 13: distributions were ';'-joined strings rounded to four decimals.
    [Fact]
    public async Task Distributions_are_long_one_row_per_category_with_count_and_full_share()
    {
        var rows = (await ExportFile(LikertArchive(), "distributions.csv")).Rows;

        var overall = rows.Where(r => r["scheme"] == "equalFooting" && r["group"] == "overall").ToList();
        Assert.Equal(["1", "2", "3", "4", "5"], overall.Select(r => r["category_code"]));
        Assert.Equal(["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"], overall.Select(r => r["category_label"]));
        // Equal footing: GOV's two answers (points 5 and 4) weigh as much as CS's four (1, 2, 5, 3).
        Assert.Equal(["1", "1", "1", "1", "2"], overall.Select(r => r["count"]));
        Assert.Equal([0.125, 0.125, 0.125, 0.25, 0.375], overall.Select(r => Number(r["share"])));
        var government = rows.Where(r => r["scheme"] == "headcount" && r["group"] == "GOV").ToList();
        Assert.Equal(["0", "0", "0", "1", "1"], government.Select(r => r["count"]));
        Assert.Equal([0, 0, 0, 0.5, 0.5], government.Select(r => Number(r["share"])));
        // A group without respondents has no distribution, so no rows.
        Assert.DoesNotContain(rows, r => r["group"] == "TC");
    }

    [Fact]
    public async Task Likert_rows_carry_the_ordinal_consensus_figures_and_the_Delphi_verdict()
    {
        var overall = (await Export(LikertArchive())).Rows.Single(r => r["scheme"] == "headcount" && r["group"] == "overall");

        // Points 1, 2, 3, 4, 5, 5: type 7 quartiles 2.25 and 4.75, median 3.5.
        Assert.Equal(3.5, Number(overall["ordinal_median"]), 12);
        Assert.Equal(2.25, Number(overall["lower_quartile"]), 12);
        Assert.Equal(4.75, Number(overall["upper_quartile"]), 12);
        Assert.Equal(2.5, Number(overall["interquartile_range"]), 12);
        // Leik: cumulative shares 1/6, 2/6, 3/6, 4/6 folded at one half sum to 8/6; D = 2 · (8/6) / 4.
        Assert.Equal(2 / 3.0, Number(overall["leik_dispersion"]), 12);
        Assert.Equal(Expected.TastleWierman(1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 2 / 6.0), Number(overall["tastle_wierman"]), 12);
        // Agree 0.5 and disagree 1/3 are both under the Delphi threshold of 0.70.
        Assert.Equal("noConsensus", overall["consensus_verdict"]);
        Assert.Equal(1, Number(overall["design_effect"]), 12);
        Assert.Equal("", overall["bimodality_coefficient"]);
        Assert.Equal("", overall["kendall_w"]);
    }

    [Fact]
    public async Task Between_group_tests_are_repeated_on_every_row_of_the_question_and_scheme()
    {
        var rows = (await Export(LikertArchive())).Rows.Where(r => r["scheme"] == "equalFooting").ToList();

        Assert.Single(rows.Select(r => (r["independence_chi_square"], r["independence_df"], r["cramers_v"], r["kruskal_wallis_h"])).Distinct());
        Assert.NotEqual("", rows[0]["independence_chi_square"]);
        Assert.NotEqual("", rows[0]["kruskal_wallis_p"]);
    }

    [Fact]
    public async Task Cross_group_figures_are_repeated_on_every_row_of_the_question_and_scheme()
    {
        var rows = (await Export(LikertArchive())).Rows.Where(r => r["scheme"] == "headcount").ToList();

        Assert.All(rows, r => Assert.Equal(0.25, Number(r["group_informed_consensus"]), 12));
        Assert.All(rows, r => Assert.Equal(0.25, Number(r["minimum_agree"]), 12));
        Assert.All(rows, r => Assert.Equal(Math.Log2(3) - 1, Number(r["jensen_shannon_bits"]), 12));
        Assert.All(rows, r => Assert.Equal("2", r["groups_present"]));
    }

    [Fact]
    public async Task An_undefined_figure_is_an_empty_field()
    {
        var rows = (await Export(LikertArchive())).Rows;
        var technical = rows.First(r => r["group"] == "TC");

        Assert.Equal("0", technical["respondents"]);
        Assert.Equal("0", technical["total_weight"]);
        foreach (var column in new[] { "effective_n", "agree", "agree_lower", "agree_upper", "disagree" })
            Assert.Equal("", technical[column]);
        // Figures that do not apply to the kind are empty too.
        foreach (var column in new[] { "position_mean", "position_sd", "position_median", "share_below_status_quo", "kendall_w" })
            Assert.All(rows, r => Assert.Equal("", r[column]));
    }

    [Fact]
    public async Task Position_and_ranking_figures_have_their_own_columns()
    {
        var archive = new TestArchive()
            .Question(TestArchive.Position("axis", statusQuo: 0))
            .Question(TestArchive.Choices("priorities", QuestionKind.Ranking, "ICANN", "IGF", "ITU"));
        var id = archive.Join("CS");
        archive.Answer(id, "axis", new AnswerValue(Position: -0.4));
        archive.Answer(id, "priorities", new AnswerValue(Ranking: [1, 0, 2]));

        var rows = (await Export(archive)).Rows.Where(r => r["scheme"] == "headcount" && r["group"] == "overall").ToList();

        var position = rows.Single(r => r["question"] == "axis");
        Assert.Equal(-0.4, Number(position["position_mean"]), 12);
        Assert.Equal(0, Number(position["position_sd"]), 12);
        Assert.Equal(-0.4, Number(position["position_median"]), 12);
        Assert.Equal(1, Number(position["share_below_status_quo"]), 12);
        Assert.Equal(0, Number(position["share_above_status_quo"]), 12);
        Assert.Equal("", position["agree"]);
        var ranking = (await ExportFile(archive, "rankings.csv")).Rows.Where(r => r["scheme"] == "headcount" && r["group"] == "overall").ToList();
        Assert.Equal(["1", "2", "3"], ranking.Select(r => r["item_code"]));
        Assert.Equal(["ICANN", "IGF", "ITU"], ranking.Select(r => r["item_label"]));
        Assert.Equal(["1", "2", "0"], ranking.Select(r => r["borda_score"]));
        Assert.Equal(["2", "1", "3"], ranking.Select(r => r["mean_rank"]));
        var first = (await ExportFile(archive, "distributions.csv")).Rows
            .Where(r => r["question"] == "priorities" && r["scheme"] == "headcount" && r["group"] == "overall").ToList();
        Assert.Equal(["0", "1", "0"], first.Select(r => r["count"]));
        Assert.Equal(["0", "1", "0"], first.Select(r => r["share"]));
    }

    [Fact]
    public async Task Groups_weighted_zero_leave_the_overall_figures_undefined_rather_than_not_a_number()
    {
        var archive = LikertArchive().Weight("GOV", 0).Weight("CS", 0);

        var overall = (await Export(archive)).Rows.Single(r => r["scheme"] == "custom" && r["group"] == "overall");

        Assert.Equal("6", overall["respondents"]);
        Assert.Equal("", overall["agree"]);
        Assert.Equal("", overall["effective_n"]);
        Assert.DoesNotContain(overall.Values, v => v.Contains("NaN", StringComparison.Ordinal));
    }
}

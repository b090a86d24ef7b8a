using System.Collections.Immutable;
using System.Globalization;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting.Tests.Export;

/// <summary>summary.csv's survey columns and raked rows (issue 12) against R survey.</summary>
public sealed class SurveyColumnsTests
{
    private const string African = "African Group";
    private const string Weog = "Western European and Others Group";

    // Reference values: Rscript tests/ConsensusLab.Reporting.Tests/Reference/raked_summary.R (survey 4.1.1).
    private const double RakedAgree = 0.722222222222248;
    private const double RakedAgreeSe = 0.199498030986139;
    private const double RakedAgreeDeff = 1.388695156694567;
    private const double RakedKishDeff = 1.625185185184907;

    private static readonly RakingSettings Balanced = new(Enabled: true, Tolerance: 1e-12, MaxIterations: 1000);

    /// <summary>
    /// Eight respondents: GOV 4 (KE), 3 (KE), 1 (FR); CS 0 (KE), 4, 3, 2 (FR), 4 (BR); the same answer the position
    /// question at 0.8, 0.35, −0.6, −1, 0.9, 0.2, −0.15, 0.55.
    /// </summary>
    private static TestArchive Room(RakingSettings raking)
    {
        var archive = new TestArchive { Raking = raking }.Question(TestArchive.Likert("q1")).Question(TestArchive.Position("p1"));
        foreach (var (group, country, choice, position) in new[] { ("GOV", "KE", 4, 0.8), ("GOV", "KE", 3, 0.35), ("GOV", "FR", 1, -0.6),
                     ("CS", "KE", 0, -1), ("CS", "FR", 4, 0.9), ("CS", "FR", 3, 0.2), ("CS", "FR", 2, -0.15), ("CS", "BR", 4, 0.55) })
        {
            var participant = archive.Join(group, country);
            archive.Answer(participant, "q1", new AnswerValue(Choice: choice));
            archive.Answer(participant, "p1", new AnswerValue(Position: position));
        }
        return archive;
    }

    private static Task<CsvTable> Export(TestArchive archive) =>
        CsvTable.WriteAndParse(stream => SessionExporter.WriteSummaryCsvAsync(archive.Build(), stream, CancellationToken.None));

    private static double Number(string field) => double.Parse(field, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Raked_rows_balance_the_groups_and_match_R_survey()
    {
        var rows = (await Export(Room(Balanced))).Rows.Where(r => r["question"] == "q1" && r["scheme"] == "raked").ToList();
        var overall = rows.Single(r => r["group"] == "overall");

        Assert.Equal(8, Number(overall["total_weight"]), 9);
        Assert.Equal(4, Number(rows.Single(r => r["group"] == "GOV")["total_weight"]), 9);
        Assert.Equal(4, Number(rows.Single(r => r["group"] == "CS")["total_weight"]), 9);
        Assert.Equal(RakedAgree, Number(overall["agree"]), 9);
        Assert.Equal(RakedAgreeSe, Number(overall["agree_se"]), 9);
        Assert.Equal(RakedAgreeDeff, Number(overall["agree_design_effect"]), 9);
        Assert.Equal(RakedKishDeff, Number(overall["design_effect"]), 9);
        Assert.Equal(0.198464270935146, Number(overall["agree_logit_lower"]), 9);
        Assert.Equal(0.964666241869028, Number(overall["agree_logit_upper"]), 9);
        Assert.Equal(0.226623839141413, Number(overall["agree_korn_graubard_lower"]), 9);
        Assert.Equal(0.982187083596269, Number(overall["agree_korn_graubard_upper"]), 9);
        Assert.Equal(overall["agree_lower"], overall["agree_wilson_kish_lower"]);
        Assert.Equal("", overall["tastle_wierman"]);
    }

    [Fact]
    public async Task Raked_position_figures_match_R_survey()
    {
        var overall = (await Export(Room(Balanced))).Rows.Single(r => r["question"] == "p1" && r["scheme"] == "raked" && r["group"] == "overall");

        Assert.Equal(0.244722222222251, Number(overall["exact_mean"]), 9);
        Assert.Equal(0.244722222222251, Number(overall["position_mean"]), 9);
        Assert.Equal(0.236559682377990, Number(overall["mean_position_se"]), 9);
        Assert.Equal(1.308228158292552, Number(overall["mean_position_design_effect"]), 9);
        Assert.Equal(0.342206261022928, Number(overall["exact_variance_survey"]), 9);
        Assert.Equal(0.342206261022928 * 7 / 8, Number(overall["exact_variance_population"]), 9);
        Assert.Equal(-0.10625, Number(overall["exact_lower_quartile"]), 9);
        Assert.Equal(0.554166666666665, Number(overall["exact_median"]), 9);
        Assert.Equal(0.733333333333327, Number(overall["exact_upper_quartile"]), 9);
    }

    [Fact]
    public void Raked_weights_meet_the_regional_margin_too()
    {
        var survey = SessionSummary.Of(Room(Balanced).Build()).Questions[0].Rounds[^1].Survey!;

        Assert.True(survey.Raking!.Converged);
        Assert.True(survey.Raking.MaxMarginError < 1e-9);
        Assert.Equal(RakedKishDeff, survey.Raking.DesignEffect!.Value, 9);
        Assert.Null(survey.Raking.Problem);
    }

    [Fact]
    public async Task An_impossible_margin_is_said_and_leaves_the_other_figures_in_place()
    {
        var impossible = Balanced with { RegionShares = ImmutableDictionary.CreateRange(new Dictionary<string, double>
            { [African] = 1, [Weog] = 1, ["Latin American and Caribbean Group"] = 1, ["Asia-Pacific Group"] = 1 }) };

        var table = await Export(Room(impossible));
        var survey = SessionSummary.Of(Room(impossible).Build()).Questions[0].Rounds[^1].Survey!;

        Assert.DoesNotContain(table.Rows, r => r["scheme"] == "raked");
        Assert.Equal(2 * 3 * 7, table.Rows.Count);
        Assert.Contains("Asia-Pacific Group", survey.Raking!.Problem);
        Assert.Null(survey.Raking.DesignEffect);
    }

    [Fact]
    public async Task Headcount_rows_carry_the_linearisation_figures_of_equal_weights()
    {
        var overall = (await Export(Room(RakingSettings.Off))).Rows.Single(r => r["question"] == "q1" && r["scheme"] == "headcount" && r["group"] == "overall");

        // Five of eight agree; with equal weights the SE is √(p(1 − p)/(n − 1)) and the design effect 1.
        Assert.Equal(Math.Sqrt(0.625 * 0.375 / 7), Number(overall["agree_se"]), 12);
        Assert.Equal(1, Number(overall["agree_design_effect"]), 12);
        // R: quantile(c(5, 4, 2, 1, 5, 4, 3, 5), type = 7) gives 2.75 and 5; type = 2 gives 2.5.
        Assert.Equal("2.75", overall["r_type7_lower_quartile"]);
        Assert.Equal("2.5", overall["r_type2_lower_quartile"]);
        Assert.Equal("5", overall["r_type7_upper_quartile"]);
        Assert.Equal("false", overall["r_type7_concentrated"]);
    }

    [Fact]
    public async Task One_respondent_and_identical_answers_give_empty_fields_never_NaN()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1")).Question(TestArchive.Position("p1"));
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 4));
        archive.Answered("GOV", "p1", new AnswerValue(Position: 0.37));
        archive.Answered("CS", "p1", new AnswerValue(Position: 0.37));

        var table = await Export(archive);
        var likert = table.Rows.Single(r => r["question"] == "q1" && r["scheme"] == "headcount" && r["group"] == "overall");
        var position = table.Rows.Single(r => r["question"] == "p1" && r["scheme"] == "headcount" && r["group"] == "overall");

        Assert.DoesNotContain(table.Rows, r => r.Values.Any(v => v.Contains("NaN", StringComparison.Ordinal) || v.Contains("Infinity", StringComparison.Ordinal)));
        Assert.Equal("", likert["agree_se"]);
        Assert.Equal("", likert["agree_logit_lower"]);
        Assert.NotEqual("", likert["agree_wilson_kish_lower"]);
        Assert.Equal("0", position["mean_position_se"]);
        Assert.Equal("", position["mean_position_design_effect"]);
        Assert.Equal("0.37", position["exact_mean"]);
        Assert.Equal("0", position["exact_polarization"]);
        Assert.Equal("surveyHf7", position["exact_quantile_rule"]);
        Assert.Equal("", position["exact_kruskal_wallis_h"]);
    }
}

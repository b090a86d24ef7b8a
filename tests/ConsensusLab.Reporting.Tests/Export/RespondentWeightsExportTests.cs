using System.Globalization;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Sessions;

namespace ConsensusLab.Reporting.Tests.Export;

/// <summary>answers.csv's respondent weights and summary.csv's design-based tests (issue 12) against summary.csv and R survey.</summary>
public sealed class RespondentWeightsExportTests
{
    private static readonly string[] Weightings = ["equal_footing", "headcount", "custom", "raked"];

    /// <summary>
    /// The twelve respondents of tests/ConsensusLab.Statistics.Tests/Reference/exact_reference.R in its order: GOV 4, PS 2,
    /// CS 6, Likert point x and exact position pos; under equal footing their weights are that script's wef (1, 2, 2/3).
    /// The last CS respondent first answers q1 with 5, then 1: the first answer is superseded.
    /// </summary>
    private static TestArchive Room(RakingSettings raking)
    {
        string[] groups = ["GOV", "GOV", "GOV", "GOV", "PS", "PS", "CS", "CS", "CS", "CS", "CS", "CS"];
        int[] points = [4, 5, 2, 4, 1, 2, 4, 3, 5, 4, 2, 1];
        double[] positions = [0.734, 0.25, -0.5, 0.9137, -0.5, -0.12, 0.25, 0.0061, 0.58, 0.25, -0.8821, 0.3333];
        var archive = new TestArchive { Raking = raking }.Question(TestArchive.Likert("q1")).Question(TestArchive.Position("p1")).Weight("PS", 3);
        for (var i = 0; i < groups.Length; i++)
        {
            var participant = archive.Join(groups[i]);
            if (i == groups.Length - 1)
                archive.Answer(participant, "q1", new AnswerValue(Choice: 4));
            archive.Answer(participant, "q1", new AnswerValue(Choice: points[i] - 1));
            archive.Answer(participant, "p1", new AnswerValue(Position: positions[i]));
        }
        return archive;
    }

    private static async Task<(CsvTable Answers, CsvTable Summary)> Export(TestArchive room)
    {
        var archive = room.Build();
        return (await CsvTable.WriteAndParse(stream => SessionExporter.WriteAnswersCsvAsync(archive, stream, CancellationToken.None)),
            await CsvTable.WriteAndParse(stream => SessionExporter.WriteSummaryCsvAsync(archive, stream, CancellationToken.None)));
    }

    private static double Number(string field) => double.Parse(field, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Weights_sum_to_n_per_question_and_give_summary_csv_s_shares()
    {
        var (answers, summary) = await Export(Room(new RakingSettings(Enabled: true, Tolerance: 1e-12, MaxIterations: 1000)));
        var current = answers.Rows.Where(r => r["status"] == "current").ToList();

        foreach (var question in new[] { "q1", "p1" })
        {
            foreach (var weighting in Weightings)
                Assert.Equal(12, current.Where(r => r["question"] == question).Sum(r => Number(r[$"weight_{weighting}"])), 10);
        }
        // Equal footing: n/(G n_g) with n = 12 and G = 3.
        foreach (var (group, size) in new[] { ("GOV", 4), ("PS", 2), ("CS", 6) })
            Assert.All(current.Where(r => r["group"] == group), r => Assert.Equal(12.0 / (3 * size), Number(r["weight_equal_footing"]), 12));
        var superseded = answers.Rows.Single(r => r["status"] == "superseded");
        Assert.All(Weightings, weighting => Assert.Equal("", superseded[$"weight_{weighting}"]));

        // Agree = the top two of five points, weighted by each column, as summary.csv's overall row of that scheme.
        var likert = current.Where(r => r["question"] == "q1").ToList();
        foreach (var (weighting, scheme) in new[] { ("equal_footing", "equalFooting"), ("headcount", "headcount"), ("custom", "custom"), ("raked", "raked") })
        {
            var agree = likert.Where(r => Number(r["answer_code"]) >= 4).Sum(r => Number(r[$"weight_{weighting}"])) / 12;
            var overall = summary.Rows.Single(r => r["question"] == "q1" && r["scheme"] == scheme && r["group"] == "overall");
            Assert.Equal(Number(overall["agree"]), agree, 12);
        }
        // PS weighs 3 under custom: its respondents count for more there than under headcount.
        Assert.All(likert.Where(r => r["group"] == "PS"), r => Assert.True(Number(r["weight_custom"]) > Number(r["weight_headcount"])));
    }

    [Fact]
    public async Task Raked_weights_are_empty_when_raking_is_off()
    {
        var (answers, _) = await Export(Room(RakingSettings.Off));

        Assert.All(answers.Rows, r => Assert.Equal("", r["weight_raked"]));
        Assert.All(answers.Rows.Where(r => r["status"] == "current"), r => Assert.NotEqual("", r["weight_custom"]));
    }

    [Fact]
    public async Task Rao_Scott_and_design_based_Kruskal_Wallis_match_R_survey()
    {
        // Rscript tests/ConsensusLab.Statistics.Tests/Reference/exact_reference.R (survey 4.1.1), weights wef = equal footing:
        //   svychisq(~grp + x, des)                     → F 0.896664195700519, ndf 6.75868581520869, ddf 74.3455439672956, p 0.511074970968153;
        //   svychisq(~grp + x, des, statistic = "Chisq") → X² 7.25454545454545 (first order X²/δ̄ = F · df), df 8, p 0.518054269184244;
        //   svyranktest(x ~ grp, des, test = "KruskalWallis")   → chisq 11.0405057963114 on 2 and 9 df, p 0.0272585179732146;
        //   svyranktest(pos ~ grp, des, test = "KruskalWallis") → chisq 6.70303535791889 on 2 and 9 df, p 0.0816892772991903.
        var (_, summary) = await Export(Room(RakingSettings.Off));
        var likert = summary.Rows.Where(r => r["question"] == "q1" && r["scheme"] == "equalFooting").ToList();
        var position = summary.Rows.Single(r => r["question"] == "p1" && r["scheme"] == "equalFooting" && r["group"] == "overall");
        var overall = likert.Single(r => r["group"] == "overall");

        Assert.Equal(0.896664195700519, Number(overall["rao_scott_f"]), 10);
        Assert.Equal(6.75868581520869, Number(overall["rao_scott_f_df1"]), 10);
        Assert.Equal(74.3455439672956, Number(overall["rao_scott_f_df2"]), 9);
        Assert.Equal(0.511074970968153, Number(overall["rao_scott_f_p"]), 10);
        Assert.Equal(0.896664195700519 * 8, Number(overall["rao_scott_chi_square"]), 9);
        Assert.Equal("8", overall["rao_scott_chi_square_df"]);
        Assert.Equal(0.518054269184244, Number(overall["rao_scott_chi_square_p"]), 10);
        Assert.Equal(11.0405057963114 / 2, Number(overall["design_kruskal_wallis_f"]), 10);
        Assert.Equal(new[] { 2.0, 9.0 }, new[] { Number(overall["design_kruskal_wallis_df1"]), Number(overall["design_kruskal_wallis_df2"]) });
        Assert.Equal(0.0272585179732146, Number(overall["design_kruskal_wallis_p"]), 10);
        Assert.Equal(6.70303535791889 / 2, Number(position["design_kruskal_wallis_f"]), 10);
        Assert.Equal(0.0816892772991903, Number(position["design_kruskal_wallis_p"]), 10);
        // Repeated on the question round's rows of the scheme, as the other between-group tests.
        Assert.All(likert, r => Assert.Equal(overall["rao_scott_f"], r["rao_scott_f"]));
        // Headcount weights differ from equal footing's, and so does the test.
        Assert.NotEqual(overall["design_kruskal_wallis_f"],
            summary.Rows.Single(r => r["question"] == "q1" && r["scheme"] == "headcount" && r["group"] == "overall")["design_kruskal_wallis_f"]);
    }

    [Fact]
    public async Task Summary_json_carries_the_tests_per_weighting_but_not_the_weights()
    {
        using var stream = new MemoryStream();
        await SessionExporter.WriteSummaryJsonAsync(Room(RakingSettings.Off).Build(), stream, CancellationToken.None);
        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());

        var survey = json.RootElement.GetProperty("questions")[0].GetProperty("rounds")[0].GetProperty("survey");
        var equalFooting = survey.GetProperty("weightings")[0];
        Assert.Equal(0.511074970968153, equalFooting.GetProperty("raoScott").GetProperty("secondOrder").GetProperty("pValue").GetDouble(), 10);
        Assert.Equal(0.0272585179732146, equalFooting.GetProperty("designKruskalWallis").GetProperty("pValue").GetDouble(), 10);
        // The weights are answers.csv's, one per answer: not repeated in the summary.
        Assert.False(equalFooting.TryGetProperty("weights", out _));
        Assert.False(survey.TryGetProperty("sequences", out _));
    }

    [Fact]
    public async Task Design_based_tests_are_empty_where_not_computable()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1")).Question(TestArchive.Choices("m1", QuestionKind.MultipleChoice, "a", "b"));
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 4));
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 1));
        archive.Answered("GOV", "m1", new AnswerValue(Choices: [0]));
        archive.Answered("CS", "m1", new AnswerValue(Choices: [1]));

        var (_, summary) = await Export(archive);

        Assert.All(summary.Rows, r => Assert.Equal("", r["rao_scott_f"]));
        Assert.All(summary.Rows, r => Assert.Equal("", r["design_kruskal_wallis_p"]));
    }
}

using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting.Tests.Export;

public sealed class AnswersCsvTests
{
    private static readonly string[] Columns =
    [
        "sequence", "participant", "group", "country", "regional_group", "question", "round", "kind", "answer_code",
        "answer_label", "position", "items", "recorded_at", "status", "weight_equal_footing", "weight_headcount", "weight_custom", "weight_raked",
    ];

    private static Task<CsvTable> Export(TestArchive archive) =>
        CsvTable.WriteAndParse(stream => SessionExporter.WriteAnswersCsvAsync(archive.Build(), stream, CancellationToken.None));

    [Fact]
    public async Task The_file_has_exactly_the_documented_columns_and_nothing_identifying()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 3));

        var table = await Export(archive);

        Assert.Equal(Columns, table.Header);
    }

    [Fact]
    public async Task A_row_carries_the_entry_the_participants_declared_group_and_region_and_the_option_label()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        var id = archive.Join("TC", "BR", Attendance.Online, Gender.Female, "25-29");
        var sequence = archive.Answer(id, "q1", new AnswerValue(Choice: 3));

        var row = Assert.Single((await Export(archive)).Rows);

        Assert.Equal(sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), row["sequence"]);
        Assert.Equal(id, row["participant"]);
        Assert.Equal("TC", row["group"]);
        Assert.Equal("BR", row["country"]);
        Assert.Equal("Latin American and Caribbean Group", row["regional_group"]);
        Assert.Equal("q1", row["question"]);
        Assert.Equal("1", row["round"]);
        Assert.Equal("likert", row["kind"]);
        // Issue 13: the ledger's 0-based point 3 is code 4, as in the summaries.
        Assert.Equal("4", row["answer_code"]);
        Assert.Equal("Agree", row["answer_label"]);
        Assert.Equal("", row["position"]);
        Assert.Equal("", row["items"]);
        Assert.Equal(TestArchive.RecordedAt(sequence).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            row["recorded_at"]);
        Assert.EndsWith("Z", row["recorded_at"], StringComparison.Ordinal);
        Assert.Equal("current", row["status"]);
    }

    [Fact]
    public async Task Intergovernmental_staff_are_counted_under_the_IGO_bucket_whatever_their_country()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        archive.Answered("IGO", "q1", new AnswerValue(Choice: 3));

        var row = Assert.Single((await Export(archive)).Rows);

        Assert.Equal("KE", row["country"]);
        Assert.Equal("Intergovernmental Organizations", row["regional_group"]);
    }

    [Fact]
    public async Task Territories_and_unlisted_countries_have_no_UN_regional_group()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        archive.Answer(archive.Join("CS", "PR"), "q1", new AnswerValue(Choice: 3));
        archive.Answer(archive.Join("CS", "ZZ"), "q1", new AnswerValue(Choice: 3));

        var rows = (await Export(archive)).Rows;

        Assert.All(rows, r => Assert.Equal("No UN regional group", r["regional_group"]));
    }

    [Theory]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.25, "0.25")]
    [InlineData(1.0, "1")]
    [InlineData(-0.001, "0")]
    public async Task A_position_is_a_number_at_the_axis_resolution_in_its_own_column(double position, string expected)
    {
        var archive = new TestArchive().Question(TestArchive.Position("axis"));
        archive.Answered("GOV", "axis", new AnswerValue(Position: position));

        var row = Assert.Single((await Export(archive)).Rows);

        Assert.Equal(expected, row["position"]);
        Assert.Equal("", row["answer_code"]);
        Assert.Equal("position", row["kind"]);
    }

    [Fact]
    public async Task Multiple_choices_and_rankings_are_rows_of_answer_items_with_codes_from_one()
    {
        var archive = new TestArchive()
            .Question(TestArchive.Choices("areas", QuestionKind.MultipleChoice, "Security", "Access", "Rights"))
            .Question(TestArchive.Choices("priorities", QuestionKind.Ranking, "ICANN", "IGF", "ITU"))
            .Question(TestArchive.Choices("venue", QuestionKind.SingleChoice, "Geneva", "Nairobi"));
        var id = archive.Join("CS");
        var areas = archive.Answer(id, "areas", new AnswerValue(Choices: [2, 0]));
        var priorities = archive.Answer(id, "priorities", new AnswerValue(Ranking: [1, 2, 0]));
        archive.Answer(id, "venue", new AnswerValue(Choice: 1));

        var rows = (await Export(archive)).Rows;
        var items = (await CsvTable.WriteAndParse(s => SessionExporter.WriteAsync("answer_items.csv", archive.Build(), s, CancellationToken.None))).Rows;

        Assert.Equal(["2", "3", ""], rows.Select(r => r["items"]));
        Assert.Equal(["", "", "2"], rows.Select(r => r["answer_code"]));
        Assert.Equal(["multipleChoice", "ranking", "singleChoice"], rows.Select(r => r["kind"]));
        Assert.Equal([(areas, "3", "Rights", ""), (areas, "1", "Security", ""),
                      (priorities, "2", "IGF", "1"), (priorities, "3", "ITU", "2"), (priorities, "1", "ICANN", "3")],
            items.Select(r => (long.Parse(r["sequence"], System.Globalization.CultureInfo.InvariantCulture), r["item_code"], r["item_label"], r["rank"])));
    }

    [Fact]
    public async Task Every_ledger_entry_is_a_row_and_replaced_answers_are_marked_superseded()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        var id = archive.Join("GOV");
        archive.Answer(id, "q1", new AnswerValue(Choice: 0));
        archive.Answer(id, "q1", new AnswerValue(Choice: 4));

        var rows = (await Export(archive)).Rows;

        Assert.Equal(["1", "5"], rows.Select(r => r["answer_code"]));
        Assert.Equal(["superseded", "current"], rows.Select(r => r["status"]));
    }

    [Fact]
    public async Task A_label_that_a_spreadsheet_would_run_as_a_formula_is_escaped()
    {
        var archive = new TestArchive().Question(TestArchive.Choices("venue", QuestionKind.SingleChoice, "=HYPERLINK(\"x\")", "Nairobi"));
        archive.Answered("CS", "venue", new AnswerValue(Choice: 0));

        var row = Assert.Single((await Export(archive)).Rows);

        Assert.Equal("'=HYPERLINK(\"x\")", row["answer_label"]);
    }

    [Fact]
    public async Task The_file_is_RFC_4180_with_CRLF_line_ends_and_no_byte_order_mark()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 3));
        using var stream = new MemoryStream();

        await SessionExporter.WriteAnswersCsvAsync(archive.Build(), stream, CancellationToken.None);

        var bytes = stream.ToArray();
        Assert.Equal((byte)'s', bytes[0]);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith(
            "sequence,participant,group,country,regional_group,question,round,kind,answer_code,answer_label,position,items,recorded_at,status,"
            + "weight_equal_footing,weight_headcount,weight_custom,weight_raked\r\n",
            text, StringComparison.Ordinal);
        // One respondent weighs 1 under every scheme; raking is off.
        Assert.EndsWith(",current,1,1,1,\r\n", text, StringComparison.Ordinal);
    }
}

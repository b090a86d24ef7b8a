using ConsensusLab.Domain.Questions;
using ConsensusLab.Reporting.Tests.Codebook;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting.Tests.Comparison;

public sealed class SeriesComparisonTests : IDisposable
{
    private readonly ExportDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Sessions_follow_in_date_order_and_each_compares_its_last_round()
    {
        var later = Archive("IGF26", new DateOnly(2026, 12, 1), ("GOV", 4), ("CS", 3), ("CS", 0));
        var earlierBuilder = Session(new DateOnly(2025, 6, 1), ("GOV", 0), ("CS", 4));
        // A second round in 2025: only its answers count.
        earlierBuilder.Answer(earlierBuilder.Join("GOV"), "q", new AnswerValue(Choice: 3), round: 2);
        var earlier = Coded("IGF25", earlierBuilder.Build());

        var comparison = SeriesComparison.Of("igf-q", [new(later, later.Session.Definition.Questions[0]), new(earlier, earlier.Session.Definition.Questions[0])], 0.95, 1);

        Assert.Equal(["IGF25", "IGF26"], comparison.Sessions.Select(s => s.Code));
        Assert.Equal([2, 1], comparison.Sessions.Select(s => s.Round));
        Assert.Equal(ComparedMeasure.Agree, comparison.Measure);
        Assert.Equal(1, comparison.WithheldSessions);
        var headcount = comparison.Schemes.Single(s => s.Scheme == WeightingScheme.Headcount).Overall;
        Assert.Equal(1.0, headcount.Sessions[0].Estimate!.Value, 12);
        Assert.Equal(2 / 3.0, headcount.Sessions[1].Estimate!.Value, 12);
        Assert.Equal(2 / 3.0 - 1, headcount.Differences.Single().Difference!.Value, 12);
    }

    [Fact]
    public async Task Comparison_csv_parses_column_by_column_as_its_Table_Schema_declares()
    {
        var earlier = Archive("IGF25", new DateOnly(2025, 6, 1), ("GOV", 4), ("GOV", 1), ("CS", 3));
        var later = Archive("IGF26", new DateOnly(2026, 12, 1), ("GOV", 4), ("CS", 1), ("CS", 0));
        var comparison = SeriesComparison.Of("igf-q", [new(earlier, earlier.Session.Definition.Questions[0]), new(later, later.Session.Definition.Questions[0])], 0.95, 0);

        await _directory.ExportAsync(later with { Comparisons = [comparison] });

        Assert.Empty(TableSchemaCheck.Problems(_directory.Path));
        var table = CsvTable.Parse(await File.ReadAllBytesAsync(_directory.File(SessionExporter.ComparisonCsv)));
        // Three schemes × (overall + the six groups of the catalogue) × (two estimates + one change).
        Assert.Equal(3 * 7 * 3, table.Rows.Count);
        var change = table.Rows.Single(r => r["scheme"] == "headcount" && r["group"] == "overall" && r["row_kind"] == "change");
        Assert.Equal(("IGF26", "IGF25", "agree"), (change["session"], change["compared_with"], change["figure"]));
        Assert.Equal(1 / 3.0 - 2 / 3.0, double.Parse(change["value"], System.Globalization.CultureInfo.InvariantCulture), 12);
    }

    [Theory]
    [InlineData("en", "Compared with earlier sessions")]
    [InlineData("ar", "مقارنة بالجلسات السابقة")]
    public void The_report_compares_a_linked_question_with_the_other_sessions(string language, string heading)
    {
        var earlier = Archive("IGF25", new DateOnly(2025, 6, 1), ("GOV", 4), ("GOV", 1), ("CS", 3));
        var later = Archive("IGF26", new DateOnly(2026, 12, 1), ("GOV", 4), ("CS", 1), ("CS", 0));
        var comparison = SeriesComparison.Of("igf-q", [new(earlier, earlier.Session.Definition.Questions[0]), new(later, later.Session.Definition.Questions[0])], 0.95, 2);

        var html = SessionReport.Html(later with { Comparisons = [comparison] }, language);
        var unlinked = SessionReport.Html(later, language);

        var block = html[html.IndexOf("<div class=\"compared\">", StringComparison.Ordinal)..];
        Assert.Contains(heading, block, StringComparison.Ordinal);
        // Two sessions, each with its share under equal footing; the change in points with its Newcombe interval.
        Assert.Equal(2, block[..block.IndexOf("</table>", StringComparison.Ordinal)].Split("<tr><td>").Length - 1);
        Assert.Contains("<circle", block, StringComparison.Ordinal);
        Assert.Contains("2025-06-01", block, StringComparison.Ordinal);
        Assert.DoesNotContain(heading, unlinked, StringComparison.Ordinal);
    }

    private static TestArchive Session(DateOnly heldOn, params (string Group, int Choice)[] answers)
    {
        var archive = new TestArchive { HeldOn = heldOn }.Question(TestArchive.Likert("q"));
        foreach (var (group, choice) in answers)
            archive.Answered(group, "q", new AnswerValue(Choice: choice));
        return archive;
    }

    private static SessionArchive Archive(string code, DateOnly heldOn, params (string Group, int Choice)[] answers) =>
        Coded(code, Session(heldOn, answers).Build());

    private static SessionArchive Coded(string code, SessionArchive archive) => archive with { Session = archive.Session with { Code = code } };
}

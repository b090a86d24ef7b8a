using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// distributions.csv: the long form of every distribution, one row per question × round × scheme × group × category,
/// with the respondents in the category and the weighted share. Groups withheld by the privacy threshold have no rows.
/// </summary>
internal static class DistributionsCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.DistributionsCsv,
        "One row per question, round, weighting scheme, group and answer category.",
        [
            vocabulary.Question, ExportVocabulary.Kind, ExportVocabulary.Round, ExportVocabulary.Scheme, vocabulary.Group(overall: true),
            vocabulary.Code("category_code", "The category: the Likert point or option 1..k, the ranked item (ranked first), or the "
                + "position bin 1..20 (width 0.1 from -1).", required: true),
            Field.Text("category_label", "The label of category_code.", true),
            Field.Integer("count", "Respondents in the category (unweighted; multiple choice: who ticked it; ranking: who ranked it first).", true, 0),
            Field.Share("share", "Weighted share of the group's (or overall, the scheme's) respondents in the category; multiple-choice shares add up to more than 1."),
        ])
    {
        PrimaryKey = ["question", "round", "scheme", "group", "category_code"],
        ForeignKeys = [new(["question", "category_code"], "codes", ["question", "code"])],
    };

    public static async Task WriteAsync(SessionArchive archive, SessionSummary summary, ExportTable table, Stream stream,
        CancellationToken cancellationToken)
    {
        var questions = archive.Session.Definition.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var (question, round, meters, group) in SummaryRows.Of(summary))
        {
            var codes = QuestionCodes.Of(questions[question.Id]);
            var counts = CategoryCounts(round.Tally!, group.Group, codes.Length);
            for (var category = 0; category < group.Distribution.Length && category < codes.Length; category++)
            {
                csv.WriteField(question.Id);
                csv.WriteField(ReportNames.Of(question.Kind));
                csv.WriteField(round.Round, "");
                csv.WriteField(ReportNames.Of(meters.Scheme));
                csv.WriteField(group.Group);
                csv.WriteField(codes[category].Value);
                csv.WriteField(codes[category].Label);
                csv.WriteField(counts[category], "");
                ReportCsv.WriteNumber(csv, group.Distribution[category]);
                await csv.EndRecordAsync(cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>Respondents per display category of one group, or of all groups for overall, from the tally's cells.</summary>
    private static long[] CategoryCounts(TallySnapshot tally, string group, int categories)
    {
        var counts = new long[categories];
        foreach (var cells in tally.Groups.Where(g => group == GroupMeter.OverallGroup || g.Group == group).Select(g => g.Cells))
        {
            for (var cell = 0; cell < cells.Length; cell++)
            {
                var category = tally.Scale.Kind switch
                {
                    // Position cells are hundredths of the axis; bins are ten cells wide, the last also holding +1.
                    ScaleKind.Position => Math.Min(cell / 10, QuestionCodes.PositionBins - 1),
                    // Ranking cell item·k + place: only place 0, ranked first, is displayed.
                    ScaleKind.Ranking => cell % categories == 0 ? cell / categories : -1,
                    _ => cell,
                };
                if (category >= 0)
                    counts[category] += cells[cell];
            }
        }
        return counts;
    }
}

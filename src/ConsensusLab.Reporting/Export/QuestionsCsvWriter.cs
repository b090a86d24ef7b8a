namespace ConsensusLab.Reporting;

/// <summary>questions.csv: one row per question, with its wording and scale, which every other file refers to by id.</summary>
internal static class QuestionsCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.QuestionsCsv,
        "One row per question of the session, in the session's order.",
        [
            vocabulary.Question,
            Field.Integer("order", "The question's place in the session, from 1.", true, 1),
            ExportVocabulary.Kind,
            Field.Text("prompt", "The question as participants read it.", true),
            Field.Integer("categories", "Codes of the question in codes.csv: points, options or items; 20 position bins.", true, 0),
            Field.Text("axis_left", "Position: the label of the axis' left end, -1."),
            Field.Text("axis_right", "Position: the label of the axis' right end, 1."),
            Field.Number("status_quo", "Position: the status quo's place on the axis; empty when the axis has none.", -1, 1),
            Field.Text("status_quo_label", "Position: the status quo's label."),
            Field.Integer("latest_round", "The latest round with answers (1 before any).", true, 1),
        ])
    {
        PrimaryKey = ["question"],
    };

    public static async Task WriteAsync(SessionArchive archive, SessionSummary summary, ExportTable table, Stream stream,
        CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream, table);
        var questions = archive.Session.Definition.Questions;
        for (var i = 0; i < questions.Length; i++)
        {
            var question = questions[i];
            csv.WriteField(question.Id);
            csv.WriteField(i + 1, "");
            csv.WriteField(ReportNames.Of(question.Kind));
            csv.WriteField(question.Prompt);
            csv.WriteField(QuestionCodes.Of(question).Length, "");
            csv.WriteField(question.Axis?.Left);
            csv.WriteField(question.Axis?.Right);
            ReportCsv.WriteNumber(csv, question.Axis?.StatusQuo);
            csv.WriteField(question.Axis?.StatusQuoLabel);
            csv.WriteField(summary.Questions[i].Round, "");
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}

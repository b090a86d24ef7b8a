namespace ConsensusLab.Reporting;

/// <summary>
/// codes.csv: the value labels of every coded answer and category, one row per question × code, so that R, pandas
/// and Stata users can attach labels with a join (datapackage.json declares the foreign keys).
/// </summary>
internal static class CodesCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.CodesCsv,
        "One row per question and code: the label of each Likert point, option, ranked item or position bin.",
        [
            vocabulary.Question,
            vocabulary.Code("code", "The code, 1..k, as answers.csv, answer_items.csv, distributions.csv and rankings.csv use it.", required: true),
            Field.Text("label", "What the code stands for, in the session's words.", true),
        ])
    {
        PrimaryKey = ["question", "code"],
    };

    public static async Task WriteAsync(SessionArchive archive, ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var question in archive.Session.Definition.Questions)
            foreach (var code in QuestionCodes.Of(question))
                await csv.WriteRecordAsync([question.Id, code.Value, code.Label], cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }
}

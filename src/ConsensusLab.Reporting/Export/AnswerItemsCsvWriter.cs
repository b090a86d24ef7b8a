namespace ConsensusLab.Reporting;

/// <summary>
/// answer_items.csv: the options of multiple-choice and ranking answers, one row per option chosen or ranked, so that
/// every cell holds one value; sequence joins a row to its entry in answers.csv.
/// </summary>
internal static class AnswerItemsCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.AnswerItemsCsv,
        "One row per option of a multiple-choice or ranking answer in answers.csv.",
        [
            Field.Integer("sequence", "The answer's sequence in answers.csv.", true, 1),
            Field.Text("participant", "The participant's pseudonym.", true),
            vocabulary.Question,
            ExportVocabulary.Round,
            vocabulary.Code("item_code", "The option chosen, or the item ranked, 1..k.", required: true),
            Field.Text("item_label", "The label of item_code."),
            Field.Integer("rank", "Ranking: the item's place, 1 = ranked first; empty for multiple choice.", minimum: 1),
            ExportVocabulary.Status("Whether the answer counts in the figures (as in answers.csv)."),
        ])
    {
        PrimaryKey = ["sequence", "item_code"],
        ForeignKeys = [new(["sequence"], "answers", ["sequence"]), new(["question", "item_code"], "codes", ["question", "code"])],
    };

    public static async Task WriteAsync(SessionArchive archive, ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        var questions = archive.Session.Definition.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var replayed in AnswerReplay.Replay(archive.Ledger))
        {
            var entry = replayed.Record.Entry;
            var ranked = replayed.Answer?.Ranking is not null;
            var items = replayed.Answer?.Ranking ?? replayed.Answer?.Choices ?? [];
            for (var i = 0; i < items.Count; i++)
            {
                csv.WriteField(replayed.Record.Sequence, "");
                csv.WriteField(entry.ParticipantId);
                csv.WriteField(entry.QuestionId);
                csv.WriteField(entry.Round, "");
                csv.WriteField(items[i] + 1, "");
                csv.WriteField(QuestionCodes.Label(questions.GetValueOrDefault(entry.QuestionId), items[i]));
                csv.WriteField(ranked ? i + 1 : (int?)null, "");
                csv.WriteField(ReportNames.Of(replayed.Status));
                await csv.EndRecordAsync(cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }
}

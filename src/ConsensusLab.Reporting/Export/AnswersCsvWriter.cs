using CsvHelper;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting;

/// <summary>
/// answers.csv: one row per answer in the ledger, superseded ones included and withdrawn participants' left out, with
/// the participant's pseudonym and declared group, country and regional group. Nothing else about the person is
/// written: no token, no address. A single answer (Likert point, single choice) is a code 1..k and a position a number;
/// the options of a multiple choice or a ranking are rows of answer_items.csv, joined by sequence. Each answer that counts
/// carries its weight under every weighting of summary.csv, taken from the figures that summary.csv is computed from.
/// </summary>
internal static class AnswersCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.AnswersCsv,
        "One row per answer in the ledger, the replaced ones too, in sequence order. A participant who withdrew has no rows: "
        + "their answers and withdrawal stay in the ledger only.",
        [
            Field.Integer("sequence", "The entry's place in the session's ledger: unique, increasing with time.", true, 1),
            Field.Text("participant", "The participant's pseudonym: stable within the session, linked to nobody outside it.", true),
            vocabulary.Group(overall: false),
            Field.Text("country", "The participant's declared country, ISO 3166-1 alpha-2; empty when not declared."),
            Field.Text("regional_group", "The UN regional group of the country; Intergovernmental Organizations for IGO staff."),
            vocabulary.Question,
            ExportVocabulary.Round,
            ExportVocabulary.Kind with { Required = false, Description = "The kind of question; empty when the question is no longer in the session." },
            vocabulary.Code("answer_code", "Likert and single choice: the point or option chosen, 1..k; empty for other kinds."),
            Field.Text("answer_label", "The label of answer_code."),
            Field.Number("position", "Position questions: the point chosen on the axis, -1 (left) to 1 (right), at steps of 0.01.", -1, 1),
            Field.Integer("items", "Multiple choice and ranking: how many options were chosen or ranked; the rows of answer_items.csv.", minimum: 0),
            Field.Time("recorded_at", "When the entry was recorded, UTC.", true),
            ExportVocabulary.Status("Whether the answer counts in the figures: current, or superseded by the participant's later answer."),
            .. RespondentWeightColumns.Fields,
        ])
    {
        PrimaryKey = ["sequence"],
        ForeignKeys = [new(["question", "answer_code"], "codes", ["question", "code"])],
    };

    public static async Task WriteAsync(SessionArchive archive, SessionSummary summary, ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        var weights = RespondentWeightColumns.Of(summary);
        var definition = archive.Session.Definition;
        var questions = definition.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var participants = archive.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);

        await using var csv = ReportCsv.Create(stream, table);
        foreach (var replayed in AnswerReplay.Replay(archive.Ledger))
        {
            var entry = replayed.Record.Entry;
            var question = questions.GetValueOrDefault(entry.QuestionId);
            var profile = participants.GetValueOrDefault(entry.ParticipantId)?.Profile;
            csv.WriteField(replayed.Record.Sequence, "");
            csv.WriteField(entry.ParticipantId);
            csv.WriteField(entry.GroupCode);
            csv.WriteField(profile?.Country);
            csv.WriteField(profile is null ? null : RegionalGrouping.Of(profile, definition.Groups));
            csv.WriteField(entry.QuestionId);
            csv.WriteField(entry.Round, "");
            csv.WriteField(question is null ? null : ReportNames.Of(question.Kind));
            WriteAnswer(csv, question, replayed.Answer);
            ReportCsv.WriteTime(csv, entry.RecordedAt);
            csv.WriteField(ReportNames.Of(replayed.Status));
            RespondentWeightColumns.Write(csv, weights.GetValueOrDefault(replayed.Record.Sequence));
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static void WriteAnswer(CsvWriter csv, QuestionDefinition? question, AnswerValue? answer)
    {
        csv.WriteField(answer?.Choice + 1, "");
        csv.WriteField(answer?.Choice is { } choice ? QuestionCodes.Label(question, choice) : null);
        // At the axis' resolution; adding 0.0 turns a rounded -0 into 0.
        ReportCsv.WriteNumber(csv, answer?.Position is { } position ? Math.Round(position, 2) + 0.0 : null);
        csv.WriteField((answer?.Choices ?? answer?.Ranking)?.Count, "");
    }
}

using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting;

/// <summary>statements.csv: every statement of every statements question, seeded or written by a participant, with its moderation.</summary>
internal static class StatementsCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.StatementsCsv,
        "One row per statement of a statements question: the moderator's seeds and what participants wrote, moderated or not.",
        [
            vocabulary.Question,
            Field.Integer("statement", "The statement's number in the question, from 0 (seeded statements first).", true, 0),
            Field.Text("text", "The statement as written.", true),
            Field.Text("language", "The language the author said it is in (BCP 47); empty when not said."),
            Field.Coded("status", "Moderation: pending, accepted, rejected or meta (about the conversation: voted on, left out of the opinion groups).",
                Field.Categories<StatementStatus>(), required: true),
            Field.Boolean("seeded", "Whether the moderator seeded it (true) or a participant wrote it (false).", true),
            Field.Text("author", "The author's pseudonym, as in answers.csv; empty for seeds."),
            vocabulary.Group(overall: false) with { Name = "author_group", Required = false, Description = "The author's stakeholder group; empty for seeds." },
            Field.Time("submitted_at", "When the server accepted it, UTC.", true),
        ])
    {
        PrimaryKey = ["question", "statement"],
    };

    public static async Task WriteAsync(SessionArchive archive, ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var question in archive.Session.Definition.Questions.Where(q => q.Kind == QuestionKind.Statements))
        {
            foreach (var statement in archive.Statements.GetValueOrDefault(question.Id, []))
            {
                csv.WriteField(question.Id);
                csv.WriteField(statement.Id, "");
                csv.WriteField(statement.Text);
                csv.WriteField(statement.Language);
                csv.WriteField(ReportNames.Of(statement.Status));
                ReportCsv.WriteBoolean(csv, statement.AuthorId is null);
                csv.WriteField(statement.AuthorId);
                csv.WriteField(statement.GroupCode);
                ReportCsv.WriteTime(csv, statement.SubmittedAt);
                await csv.EndRecordAsync(cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }
}

using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting;

/// <summary>votes.csv: every vote on a statement the ledger holds, changed ones included, with whether it counts.</summary>
internal static class VotesCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.VotesCsv,
        "One row per vote on a statement (the ledger's entries of kind vote, in sequence order); a participant's latest vote on a statement in a round counts.",
        [
            Field.Integer("sequence", "The vote's ledger sequence, as in answers.csv.", true, 1),
            vocabulary.Question, ExportVocabulary.Round,
            Field.Integer("statement", "The statement voted on (statements.csv).", true, 0),
            Field.Text("participant", "The voter's pseudonym, as in answers.csv.", true),
            vocabulary.Group(overall: false),
            Field.Coded("vote", "1 agree, -1 disagree, 0 pass.",
                [new ExportCategory("1", "Agree"), new ExportCategory("-1", "Disagree"), new ExportCategory("0", "Pass")], required: true),
            Field.Time("recorded_at", "When the vote was recorded, UTC.", true),
            Field.Coded("status", "Whether the vote counts: current, superseded by a later vote on the statement, or withdrawn.",
                Field.Categories<AnswerStatus>(), required: true),
        ])
    {
        PrimaryKey = ["sequence"],
        ForeignKeys = [new(["question", "statement"], "statements", ["question", "statement"])],
    };

    public static async Task WriteAsync(SessionArchive archive, ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        var statementsQuestions = archive.Session.Definition.Questions.Where(q => q.Kind == QuestionKind.Statements).Select(q => q.Id)
            .ToHashSet(StringComparer.Ordinal);
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var replayed in AnswerReplay.Replay(archive.Ledger))
        {
            var entry = replayed.Record.Entry;
            if (!statementsQuestions.Contains(entry.QuestionId) || replayed.Answer?.Statement is not { } statement)
                continue;
            csv.WriteField(replayed.Record.Sequence, "");
            csv.WriteField(entry.QuestionId);
            csv.WriteField(entry.Round, "");
            csv.WriteField(statement, "");
            csv.WriteField(entry.ParticipantId);
            csv.WriteField(entry.GroupCode);
            csv.WriteField(replayed.Answer.Vote, "");
            ReportCsv.WriteTime(csv, entry.RecordedAt);
            csv.WriteField(ReportNames.Of(replayed.Status));
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}

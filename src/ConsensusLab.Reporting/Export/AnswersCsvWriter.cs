using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting;

/// <summary>
/// answers.csv: one row per ledger entry, superseded ones included, with the participant's pseudonym and declared
/// group, country and regional group. Nothing else about the person is written: no token, no address.
/// </summary>
internal static class AnswersCsvWriter
{
    private static readonly string[] Header =
    [
        "sequence", "participant", "group", "country", "regional_group", "question", "round", "kind", "answer",
        "answer_json", "recorded_at", "status",
    ];

    public static async Task WriteAsync(SessionArchive archive, Stream stream, CancellationToken cancellationToken)
    {
        var definition = archive.Session.Definition;
        var questions = definition.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var participants = archive.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);

        await using var csv = ReportCsv.Create(stream);
        csv.WriteHeader(Header);
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
            csv.WriteField(entry.Answer);
            csv.WriteField(entry.RecordedAt.UtcDateTime, "O");
            csv.WriteField(ReportNames.Of(replayed.Status));
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static void WriteAnswer(CsvHelper.CsvWriter csv, QuestionDefinition? question, AnswerValue? answer)
    {
        // A position is written as a number, so that formula protection leaves its minus sign alone.
        if (answer is null)
            csv.WriteField("(withdrawn)");
        else if (answer.Position is { } position)
            csv.WriteField(AnswerText.Position(position), "0.00");
        else
            csv.WriteField(AnswerText.Describe(question, answer));
    }
}

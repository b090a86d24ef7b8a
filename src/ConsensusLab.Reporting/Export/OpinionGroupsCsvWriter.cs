using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting;

/// <summary>
/// opinion_groups.csv: each voter of a statements question's round on the opinion map, with the opinion group the
/// export finds from the current votes (the same computation as the console's, from scratch) and their stakeholder group.
/// </summary>
internal static class OpinionGroupsCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.OpinionGroupsCsv,
        "One row per participant who voted on an analysed statement (not meta, not rejected) of a statements question, per round.",
        [
            vocabulary.Question, ExportVocabulary.Round,
            Field.Text("participant", "The participant's pseudonym, as in answers.csv.", true),
            vocabulary.Group(overall: false),
            Field.Integer("opinion_group", "The opinion group, from 0 (A on the console); empty when the participant voted on too few statements "
                + "or no groups could be found.", minimum: 0),
            Field.Number("x", "Position on the first principal component of the vote matrix."),
            Field.Number("y", "Position on the second principal component."),
        ])
    {
        PrimaryKey = ["question", "round", "participant"],
    };

    public static async Task WriteAsync(SessionArchive archive, ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        var questions = archive.Session.Definition.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var round in DeliberationReplay.CurrentVotes(archive).GroupBy(v => (v.QuestionId, v.Round)))
        {
            var moderation = questions[round.Key.QuestionId].Statements?.Moderation ?? ModerationMode.Strict;
            var groupOf = round.GroupBy(v => v.ParticipantId).ToDictionary(g => g.Key, g => g.Last().Group, StringComparer.Ordinal);
            var result = DeliberationReplay.OpinionGroupsOf(round, archive.Statements.GetValueOrDefault(round.Key.QuestionId, []), moderation);
            foreach (var point in result.Participants)
            {
                csv.WriteField(round.Key.QuestionId);
                csv.WriteField(round.Key.Round, "");
                csv.WriteField(point.ParticipantId);
                csv.WriteField(groupOf[point.ParticipantId]);
                csv.WriteField(point.GroupLabel, "");
                ReportCsv.WriteNumber(csv, point.X);
                ReportCsv.WriteNumber(csv, point.Y);
                await csv.EndRecordAsync(cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }
}

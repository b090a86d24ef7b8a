namespace ConsensusLab.Reporting;

/// <summary>
/// agreement.csv: Krippendorff's alpha across questions in each round (<see cref="AgreementCalculator"/>), one row per
/// round × question taken as a unit, the round's alphas repeated on its rows so that the set of questions is explicit.
/// A round with fewer than two Likert questions of one scale has no rows.
/// </summary>
internal static class AgreementCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.AgreementCsv,
        "One row per round and Likert question taken as a unit of Krippendorff's alpha across questions.",
        [
            ExportVocabulary.Round,
            vocabulary.Question,
            Field.Integer("points", "The Likert scale's points k: alpha takes the questions of the round's most common scale.", true, 2),
            Field.Integer("questions", "Questions taken as units in the round.", true, 2),
            Field.Integer("participants", "Participants who answered at least one of them in the round (the coders).", true, 0),
            Field.Number("krippendorff_nominal", "Krippendorff's alpha, nominal metric; empty when undefined.", maximum: 1),
            Field.Number("krippendorff_ordinal", "Krippendorff's alpha, ordinal metric; empty when undefined.", maximum: 1),
        ])
    {
        PrimaryKey = ["round", "question"],
    };

    public static async Task WriteAsync(SessionArchive archive, SessionSummary summary, ExportTable table, Stream stream,
        CancellationToken cancellationToken)
    {
        var current = AnswerReplay.Replay(archive.Ledger).Where(a => a.Status == AnswerStatus.Current).ToList();
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var round in summary.Questions.SelectMany(q => q.Rounds.Select(r => r.Round)).Distinct().Order())
        {
            var answered = summary.Questions.Where(q => q.Rounds.Any(r => r.Round == round && r.Tally!.Groups.Any(g => g.Respondents > 0)));
            if (AgreementCalculator.Of(answered, current.Where(a => a.Record.Entry.Round == round)) is not { } agreement)
                continue;
            var points = summary.Questions.First(q => q.Id == agreement.Questions[0]).Options.Length;
            foreach (var question in agreement.Questions)
            {
                csv.WriteField(round, "");
                csv.WriteField(question);
                csv.WriteField(points, "");
                csv.WriteField(agreement.Questions.Length, "");
                csv.WriteField(agreement.Participants, "");
                ReportCsv.WriteNumber(csv, agreement.KrippendorffNominal);
                ReportCsv.WriteNumber(csv, agreement.KrippendorffOrdinal);
                await csv.EndRecordAsync(cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }
}

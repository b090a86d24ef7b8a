namespace ConsensusLab.Reporting;

/// <summary>rankings.csv: the ranking figures in long form, one row per ranking question × round × scheme × group × item.</summary>
internal static class RankingsCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.RankingsCsv,
        "One row per ranking question, round, weighting scheme, group and item.",
        [
            vocabulary.Question, ExportVocabulary.Round, ExportVocabulary.Scheme, vocabulary.Group(overall: true),
            vocabulary.Code("item_code", "The item, 1..k.", required: true),
            Field.Text("item_label", "The label of item_code.", true),
            Field.Number("borda_score", "Weighted mean Borda score: k − place, so the first place scores k − 1.", 0),
            Field.Number("mean_rank", "Weighted mean place, 1 = first.", 1),
        ])
    {
        PrimaryKey = ["question", "round", "scheme", "group", "item_code"],
        ForeignKeys = [new(["question", "item_code"], "codes", ["question", "code"])],
    };

    public static async Task WriteAsync(SessionSummary summary, ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var (question, round, meters, group) in SummaryRows.Of(summary))
        {
            foreach (var item in group.Ranking)
            {
                csv.WriteField(question.Id);
                csv.WriteField(round.Round, "");
                csv.WriteField(ReportNames.Of(meters.Scheme));
                csv.WriteField(group.Group);
                csv.WriteField(item.Item + 1, "");
                csv.WriteField(item.Item < question.Options.Length ? question.Options[item.Item] : null);
                ReportCsv.WriteNumber(csv, item.BordaScore);
                ReportCsv.WriteNumber(csv, item.MeanRank);
                await csv.EndRecordAsync(cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }
}

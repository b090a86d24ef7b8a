using System.Collections.Immutable;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// round_changes.csv: how each question moved from one round to the next (<see cref="RoundReport.Shift"/>), one row per
/// question × round change × weighting scheme. The paired figures and tests (McNemar, Wilcoxon) count each participant
/// once and repeat on the scheme's rows; the net change is the scheme's overall figure in the later round minus the earlier.
/// </summary>
internal static class RoundChangesCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.RoundChangesCsv,
        "One row per question, change from a round to the next, and weighting scheme.",
        [
            vocabulary.Question, ExportVocabulary.Kind,
            Field.Integer("from_round", "The earlier round.", true, 1),
            Field.Integer("to_round", "The later round (from_round + 1).", true, 2),
            Field.Integer("pairs", "Participants who answered in both rounds.", true, 0),
            Field.Share("share_moved", "Share of those pairs who gave a different answer; empty without pairs."),
            Field.Number("paired_net_change_agree", "Likert: change of the share agreeing (top two points) among the pairs, each counted once.", -1, 1),
            Field.Number("paired_net_change_mean_position", "Position: change of the mean position among the pairs.", -2, 2),
            Field.Number("mcnemar_p", "Likert: p-value of McNemar's test on agree / not agree of the pairs.", 0, 1),
            Field.Number("wilcoxon_p", "Position: p-value of Wilcoxon's signed-rank test on the pairs.", 0, 1),
            ExportVocabulary.Scheme,
            Field.Number("net_change_agree", "Likert: the scheme's overall agree share in to_round minus from_round (all respondents of each round).", -1, 1),
            Field.Number("net_change_mean_position", "Position: the scheme's overall mean position in to_round minus from_round.", -2, 2),
        ])
    {
        PrimaryKey = ["question", "to_round", "scheme"],
    };

    public static async Task WriteAsync(SessionArchive archive, SessionSummary summary, ExportTable table, Stream stream,
        CancellationToken cancellationToken)
    {
        var definition = archive.Session.Definition;
        var groups = definition.Groups.Select(g => g.Code).ToImmutableArray();
        var schemes = Weighting.Schemes(archive.GroupWeights, archive.Session.OtherGroups);
        var ledger = archive.Ledger.ToLookup(r => r.Entry.QuestionId, StringComparer.Ordinal);
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var (question, summaryOf) in definition.Questions.Zip(summary.Questions))
        {
            // A change needs the round before it: rounds follow one another, so every later round with answers has one.
            foreach (var round in summaryOf.Rounds.Select(r => r.Round).Where(r => r >= 2))
            {
                var shift = RoundReport.Shift(ledger[question.Id], question, groups, round, schemes);
                foreach (var (scheme, net) in new[] { (WeightingScheme.EqualFooting, shift.NetChanges.EqualFooting),
                    (WeightingScheme.Headcount, shift.NetChanges.Headcount), (WeightingScheme.Custom, shift.NetChanges.Custom) })
                {
                    csv.WriteField(question.Id);
                    csv.WriteField(ReportNames.Of(question.Kind));
                    csv.WriteField(shift.FromRound, "");
                    csv.WriteField(shift.ToRound, "");
                    csv.WriteField(shift.Pairs, "");
                    ReportCsv.WriteNumber(csv, shift.ShareMoved);
                    ReportCsv.WriteNumber(csv, shift.NetChangeAgree);
                    ReportCsv.WriteNumber(csv, shift.NetChangeMeanPosition);
                    ReportCsv.WriteNumber(csv, shift.McNemarPValue);
                    ReportCsv.WriteNumber(csv, shift.WilcoxonPValue);
                    csv.WriteField(ReportNames.Of(scheme));
                    ReportCsv.WriteNumber(csv, net.Agree);
                    ReportCsv.WriteNumber(csv, net.MeanPosition);
                    await csv.EndRecordAsync(cancellationToken);
                }
            }
        }
        await csv.FlushAsync(cancellationToken);
    }
}

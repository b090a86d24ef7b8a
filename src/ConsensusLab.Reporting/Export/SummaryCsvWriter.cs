using CsvHelper;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// summary.csv: one row per question, scheme and group ("overall" first), every scalar figure in its own column
/// and the question's cross-group figures repeated on each of its rows, so a spreadsheet can filter without joins.
/// An undefined figure is an empty field; numbers are written in full (shortest round-trip form).
/// </summary>
internal static class SummaryCsvWriter
{
    private static readonly string[] Header =
    [
        "question", "kind", "round", "scheme", "group", "respondents", "total_weight", "effective_n",
        "agree", "agree_lower", "agree_upper", "disagree", "disagree_lower", "disagree_upper",
        "position_mean", "position_sd", "position_median", "share_below_status_quo", "share_above_status_quo",
        "distribution", "ranking_borda", "ranking_mean_rank",
        "group_informed_consensus", "minimum_agree", "jensen_shannon_bits", "groups_present", "version",
    ];

    public static async Task WriteAsync(SessionSummary summary, Stream stream, CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream);
        csv.WriteHeader(Header);
        foreach (var question in summary.Questions)
        {
            foreach (var meters in question.Meters)
            {
                foreach (var group in meters.Groups.Insert(0, meters.Overall))
                {
                    csv.WriteField(question.Id);
                    csv.WriteField(ReportNames.Of(question.Kind));
                    csv.WriteField(question.Round, "");
                    csv.WriteField(ReportNames.Of(meters.Scheme));
                    WriteGroup(csv, group);
                    WriteCrossGroup(csv, meters.CrossGroup);
                    csv.WriteField(meters.Version, "");
                    await csv.EndRecordAsync(cancellationToken);
                }
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static void WriteGroup(CsvWriter csv, GroupMeter group)
    {
        csv.WriteField(group.Group);
        csv.WriteField(group.Respondents, "");
        ReportCsv.WriteNumber(csv, group.TotalWeight);
        ReportCsv.WriteNumber(csv, group.EffectiveN);
        WriteProportion(csv, group.Agree);
        WriteProportion(csv, group.Disagree);
        ReportCsv.WriteNumber(csv, group.Position?.Mean);
        ReportCsv.WriteNumber(csv, group.Position?.StandardDeviation);
        ReportCsv.WriteNumber(csv, group.Position?.Median);
        ReportCsv.WriteNumber(csv, group.Position?.ShareBelowStatusQuo);
        ReportCsv.WriteNumber(csv, group.Position?.ShareAboveStatusQuo);
        csv.WriteField(ReportCsv.Joined(group.Distribution));
        csv.WriteField(ReportCsv.Joined(group.Ranking.Select(r => r.BordaScore)));
        csv.WriteField(ReportCsv.Joined(group.Ranking.Select(r => r.MeanRank)));
    }

    private static void WriteProportion(CsvWriter csv, Proportion? proportion)
    {
        ReportCsv.WriteNumber(csv, proportion?.Estimate);
        ReportCsv.WriteNumber(csv, proportion?.Lower);
        ReportCsv.WriteNumber(csv, proportion?.Upper);
    }

    private static void WriteCrossGroup(CsvWriter csv, CrossGroupMeter cross)
    {
        ReportCsv.WriteNumber(csv, cross.GroupInformedConsensus);
        ReportCsv.WriteNumber(csv, cross.MinimumAgree);
        ReportCsv.WriteNumber(csv, cross.JensenShannonBits);
        csv.WriteField(cross.GroupsPresent, "");
    }
}

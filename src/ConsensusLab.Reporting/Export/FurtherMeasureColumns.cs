using CsvHelper;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>summary.csv's columns of the measures added for issue 12 that the live meters compute (empty on raked rows).</summary>
internal static class FurtherMeasureColumns
{
    public static IEnumerable<ExportField> Fields { get; } =
    [
        Field.Share("dissention", "Likert: Tastle–Wierman dissention 1 − Cns, 0 (all alike) .. 1 (split between the extremes)."),
        Field.Share("strength_for", "Likert: Tastle–Wierman strength of consensus towards 'strongly agree', 0 .. 1."),
        Field.Share("strength_against", "Likert: Tastle–Wierman strength of consensus towards 'strongly disagree', 0 .. 1."),
        Field.Boolean("top_two_box_70", "Likert: true when the agree share reaches 0.70."),
        Field.Boolean("top_two_box_75", "Likert: true when the agree share reaches 0.75."),
        Field.Boolean("top_two_box_80", "Likert: true when the agree share reaches 0.80."),
        Field.Share("modal_share", "Likert and single choice: weighted share of the most chosen answer."),
        Field.Number("yates_chi_square", "Between groups, 2 × 2 tables only: Pearson chi-square with Yates' continuity correction (1 df).", 0),
        Field.Share("yates_p", "Between groups: its p-value."),
        Field.Share("bias_corrected_cramers_v", "Between groups: Bergsma's (2013) bias-corrected Cramér's V."),
        Field.Number("jensen_shannon_distance", "Cross-group: Jensen–Shannon distance, the square root of jensen_shannon_bits.", 0),
        Field.Share("kendall_w_uncorrected", "Ranking: Kendall's W without the tie correction (equal to kendall_w for tallied rankings)."),
        Field.Integer("kendall_items", "Ranking: number of items ranked, k.", minimum: 0),
    ];

    public static void Write(CsvWriter csv, GroupMeter? group, QuestionMeters? meters)
    {
        var consensus = group?.OrdinalConsensus;
        ReportCsv.WriteNumber(csv, consensus?.Dissention);
        ReportCsv.WriteNumber(csv, consensus?.StrengthFor);
        ReportCsv.WriteNumber(csv, consensus?.StrengthAgainst);
        ReportCsv.WriteBoolean(csv, consensus?.TopTwoBox?.Reaches70);
        ReportCsv.WriteBoolean(csv, consensus?.TopTwoBox?.Reaches75);
        ReportCsv.WriteBoolean(csv, consensus?.TopTwoBox?.Reaches80);
        ReportCsv.WriteNumber(csv, group?.ModalShare);
        var independence = meters?.BetweenGroups?.Independence;
        ReportCsv.WriteNumber(csv, independence?.YatesCorrected?.Statistic);
        ReportCsv.WriteNumber(csv, independence?.YatesCorrected?.PValue);
        ReportCsv.WriteNumber(csv, independence?.BiasCorrectedCramersV);
        ReportCsv.WriteNumber(csv, meters?.CrossGroup.JensenShannonDistance);
        ReportCsv.WriteNumber(csv, group?.RankingConcordance?.UncorrectedW);
        csv.WriteField(group?.RankingConcordance?.Items, "");
    }
}

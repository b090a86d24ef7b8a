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
        "distribution", "ranking_borda", "ranking_mean_rank", "design_effect",
        "tastle_wierman", "van_der_eijk", "leik_dispersion", "ordinal_median", "lower_quartile", "upper_quartile",
        "interquartile_range", "consensus_verdict", "polarization", "bimodality_coefficient", "split_room",
        "kendall_w", "kendall_chi_square", "kendall_df", "kendall_p",
        "group_informed_consensus", "minimum_agree", "jensen_shannon_bits", "groups_present",
        "independence_chi_square", "independence_df", "independence_p", "cramers_v", "sparse_expected_share",
        "kruskal_wallis_h", "kruskal_wallis_df", "kruskal_wallis_p", "version", "suppressed", "group_membership",
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
                    WriteBetweenGroups(csv, meters.BetweenGroups);
                    csv.WriteField(meters.Version, "");
                    csv.WriteField(group.Suppressed);
                    csv.WriteField(ReportNames.Of(summary.GroupMembership));
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
        ReportCsv.WriteNumber(csv, group.DesignEffect);
        WriteOrdinalConsensus(csv, group.OrdinalConsensus);
        ReportCsv.WriteNumber(csv, group.Polarization);
        ReportCsv.WriteNumber(csv, group.PositionShape?.BimodalityCoefficient);
        csv.WriteField(group.PositionShape?.SplitRoom is { } split ? (split ? "true" : "false") : null);
        ReportCsv.WriteNumber(csv, group.RankingConcordance?.W);
        WriteTest(csv, group.RankingConcordance?.Test);
    }

    private static void WriteOrdinalConsensus(CsvWriter csv, OrdinalConsensus? consensus)
    {
        ReportCsv.WriteNumber(csv, consensus?.TastleWierman);
        ReportCsv.WriteNumber(csv, consensus?.VanDerEijk);
        ReportCsv.WriteNumber(csv, consensus?.LeikDispersion);
        ReportCsv.WriteNumber(csv, consensus?.Median);
        ReportCsv.WriteNumber(csv, consensus?.LowerQuartile);
        ReportCsv.WriteNumber(csv, consensus?.UpperQuartile);
        ReportCsv.WriteNumber(csv, consensus?.InterquartileRange);
        csv.WriteField(consensus is null ? null : ReportNames.Of(consensus.Verdict));
    }

    private static void WriteBetweenGroups(CsvWriter csv, BetweenGroups? between)
    {
        WriteTest(csv, between?.Independence?.Test);
        ReportCsv.WriteNumber(csv, between?.Independence?.CramersV);
        ReportCsv.WriteNumber(csv, between?.Independence?.SparseExpectedShare);
        WriteTest(csv, between?.KruskalWallis);
    }

    private static void WriteTest(CsvWriter csv, ChiSquareTest? test)
    {
        ReportCsv.WriteNumber(csv, test?.Statistic);
        csv.WriteField(test?.DegreesOfFreedom, "");
        ReportCsv.WriteNumber(csv, test?.PValue);
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

using CsvHelper;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// summary.csv: one row per question, round, scheme and group ("overall" first), every scalar figure in its own column
/// and the question's cross-group figures repeated on each of its rows, so a spreadsheet can filter without joins.
/// Distributions and rankings, which have a value per category, are the long files distributions.csv and rankings.csv.
/// </summary>
internal static class SummaryCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.SummaryCsv,
        "One row per question, round, weighting and group (overall first): every figure of the meters, then the figures recomputed "
        + "from the raw answers under per-respondent weights (normalised to sum to n). When the moderator asks for raking, each round "
        + "has rows of scheme 'raked' too, with the columns that per-respondent weights give (the others empty).",
        [
            vocabulary.Question, ExportVocabulary.Kind, ExportVocabulary.Round, SchemeOrRaked, vocabulary.Group(overall: true),
            Field.Integer("respondents", "Respondents n (0 when the group is suppressed by the privacy threshold).", true, 0),
            Field.Number("total_weight", "Σw of the respondents under the scheme.", 0),
            Field.Number("effective_n", "Kish's effective sample size (Σw)²/Σw²; empty when no one carries weight.", 0),
            Field.Share("agree", "Likert: weighted share in the top two points."),
            Field.Share("agree_lower", "Lower bound of the Wilson 95% interval of agree, at the effective n."),
            Field.Share("agree_upper", "Upper bound of the Wilson 95% interval of agree."),
            Field.Share("disagree", "Likert: weighted share in the bottom two points."),
            Field.Share("disagree_lower", "Lower bound of the Wilson 95% interval of disagree."),
            Field.Share("disagree_upper", "Upper bound of the Wilson 95% interval of disagree."),
            Field.Number("position_mean", "Position: weighted mean position, -1 .. 1.", -1, 1),
            Field.Number("position_sd", "Position: weighted standard deviation.", 0),
            Field.Number("position_median", "Position: weighted median.", -1, 1),
            Field.Share("share_below_status_quo", "Position: share left of the axis' status quo; empty without one."),
            Field.Share("share_above_status_quo", "Position: share right of the axis' status quo."),
            Field.Number("design_effect", "Kish's design effect n / n_eff.", 0),
            Field.Number("tastle_wierman", "Likert: Tastle–Wierman consensus, 0 (split between the extremes) .. 1 (all on one point).", 0, 1),
            Field.Number("van_der_eijk", "Likert: van der Eijk's agreement A, -1 .. 1.", -1, 1),
            Field.Number("leik_dispersion", "Likert: Leik's ordinal dispersion, 0 .. 1.", 0, 1),
            Field.Number("ordinal_median", "Likert: weighted median point, 1..k."),
            Field.Number("lower_quartile", "Likert: weighted lower quartile point (type 7)."),
            Field.Number("upper_quartile", "Likert: weighted upper quartile point (type 7)."),
            Field.Number("interquartile_range", "Likert: upper minus lower quartile, in points.", 0),
            Field.Coded("consensus_verdict", "Likert: the Delphi verdict (70% agreeing or disagreeing).", Field.Categories<ConsensusVerdict>()),
            Field.Number("polarization", "Likert and position: Esteban–Ray polarization, 0 .. 1.", 0, 1),
            Field.Number("bimodality_coefficient", "Position: Sarle's bimodality coefficient.", 0),
            Field.Boolean("split_room", "Position: true when the bimodality coefficient exceeds 5/9, the room looks split into two camps."),
            Field.Number("kendall_w", "Ranking: Kendall's W concordance of the rankings.", 0, 1),
            Field.Number("kendall_chi_square", "Ranking: the chi-square statistic of Kendall's W.", 0),
            Field.Integer("kendall_df", "Ranking: its degrees of freedom.", minimum: 0),
            Field.Number("kendall_p", "Ranking: its p-value.", 0, 1),
            Field.Share("group_informed_consensus", "Cross-group, Likert: Polis' group-informed consensus, product of (agree_g + 1)/(n_g + 2) (repeated on each row of the question and scheme)."),
            Field.Share("minimum_agree", "Cross-group: the lowest agree share of the groups present."),
            Field.Number("jensen_shannon_bits", "Cross-group: generalised Jensen–Shannon divergence of the groups' distributions, bits.", 0),
            Field.Integer("groups_present", "Cross-group: groups with respondents.", true, 0),
            Field.Number("independence_chi_square", "Between groups: Rao–Scott chi-square of independence of group and answer.", 0),
            Field.Integer("independence_df", "Between groups: its degrees of freedom.", minimum: 0),
            Field.Share("independence_p", "Between groups: its p-value."),
            Field.Share("cramers_v", "Between groups: Cramér's V."),
            Field.Share("sparse_expected_share", "Between groups: share of cells with an expected count under 5."),
            Field.Number("kruskal_wallis_h", "Between groups, ordinal and position: Kruskal–Wallis H.", 0),
            Field.Integer("kruskal_wallis_df", "Between groups: its degrees of freedom.", minimum: 0),
            Field.Share("kruskal_wallis_p", "Between groups: its p-value."),
            Field.Integer("version", "The tally version: the last ledger sequence counted.", true, 0),
            Field.Boolean("suppressed", "true when the group has fewer respondents than the privacy threshold: its figures are withheld.", true),
            Field.Coded("group_membership", "Whether groups were verified by invite codes or self-declared.", Field.Categories<Domain.Sessions.GroupMembership>(), true),
            .. FurtherMeasureColumns.Fields,
            .. SurveyColumns.Fields,
        ])
    {
        PrimaryKey = ["question", "round", "scheme", "group"],
    };

    private static ExportField SchemeOrRaked => ExportVocabulary.Scheme with
    {
        Description = ExportVocabulary.Scheme.Description + " raked: respondent weights raked to the moderator's margins (stakeholder group, "
            + "UN regional group, optionally gender; summary.json's rounds[].survey.raking says how it went).",
        Categories = [.. ExportVocabulary.Scheme.Categories, new ExportCategory(WeightingFigures.Raked, "raked")],
    };

    public static async Task WriteAsync(SessionSummary summary, ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var question in summary.Questions)
        {
            foreach (var round in question.Rounds)
            {
                foreach (var meters in round.Meters)
                {
                    var survey = round.Survey?.Weightings.FirstOrDefault(w => w.Weighting == ReportNames.Of(meters.Scheme));
                    foreach (var group in meters.Groups.Insert(0, meters.Overall))
                    {
                        WriteKeys(csv, question, round, ReportNames.Of(meters.Scheme));
                        WriteGroup(csv, group);
                        WriteCrossGroup(csv, meters.CrossGroup);
                        WriteBetweenGroups(csv, meters.BetweenGroups);
                        csv.WriteField(meters.Version, "");
                        ReportCsv.WriteBoolean(csv, group.Suppressed);
                        csv.WriteField(ReportNames.Of(summary.GroupMembership));
                        FurtherMeasureColumns.Write(csv, group, meters);
                        SurveyColumns.Write(csv, survey, group.Group, round.Survey);
                        await csv.EndRecordAsync(cancellationToken);
                    }
                }
                foreach (var (rakedWeighting, raked) in round.Survey?.Weightings.Where(w => w.Weighting == WeightingFigures.Raked)
                             .SelectMany(w => w.Groups.Select(g => (w, g))) ?? [])
                {
                    WriteKeys(csv, question, round, WeightingFigures.Raked);
                    WriteRaked(csv, table, raked, round.Meters[0].Version);
                    csv.WriteField(ReportNames.Of(summary.GroupMembership));
                    FurtherMeasureColumns.Write(csv, null, null);
                    SurveyColumns.Write(csv, rakedWeighting, raked.Group, round.Survey);
                    await csv.EndRecordAsync(cancellationToken);
                }
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static void WriteKeys(CsvWriter csv, QuestionSummary question, RoundMeters round, string scheme)
    {
        csv.WriteField(question.Id);
        csv.WriteField(ReportNames.Of(question.Kind));
        csv.WriteField(round.Round, "");
        csv.WriteField(scheme);
    }

    /// <summary>
    /// The meters' columns that per-respondent weights give: n, Σw, Kish's n and design effect, agree with its Wilson
    /// interval on Kish's n, the exact mean position and its population SD. The tally's figures stay empty.
    /// </summary>
    private static void WriteRaked(CsvWriter csv, ExportTable table, SurveyGroupFigures group, long version)
    {
        csv.WriteField(group.Group);
        csv.WriteField(group.Respondents, "");
        ReportCsv.WriteNumber(csv, group.TotalWeight);
        ReportCsv.WriteNumber(csv, group.EffectiveN);
        WriteProportion(csv, group.Agree?.Intervals.WilsonKish);
        WriteProportion(csv, null);
        ReportCsv.WriteNumber(csv, group.ExactPosition?.Mean);
        ReportCsv.WriteNumber(csv, group.ExactPosition?.PopulationVariance is { } variance ? Math.Sqrt(variance) : null);
        SkipTo(csv, table, "position_median", "design_effect");
        ReportCsv.WriteNumber(csv, group.DesignEffect);
        SkipTo(csv, table, "tastle_wierman", "version");
        csv.WriteField(version, "");
        ReportCsv.WriteBoolean(csv, group.Suppressed);
    }

    /// <summary>Empty fields from column <paramref name="first"/> up to (not including) <paramref name="next"/>.</summary>
    private static void SkipTo(CsvWriter csv, ExportTable table, string first, string next)
    {
        var names = table.Fields.Select(f => f.Name).ToList();
        for (var column = names.IndexOf(first); column < names.IndexOf(next); column++)
            csv.WriteField("");
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
        ReportCsv.WriteNumber(csv, group.DesignEffect);
        WriteOrdinalConsensus(csv, group.OrdinalConsensus);
        ReportCsv.WriteNumber(csv, group.Polarization);
        ReportCsv.WriteNumber(csv, group.PositionShape?.BimodalityCoefficient);
        ReportCsv.WriteBoolean(csv, group.PositionShape?.SplitRoom);
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

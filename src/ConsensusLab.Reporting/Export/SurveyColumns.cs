using CsvHelper;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// summary.csv's columns recomputed from the raw answers under per-respondent weights (normalised to sum to n):
/// linearisation SEs, design effects and intervals, exact position figures, R-type quartiles, Kruskal–Wallis on
/// exact answers (<see cref="RoundSurvey"/>), and under the row's weighting the Rao–Scott tests of group × answer and
/// the design-based Kruskal–Wallis (<see cref="WeightingFigures"/>).
/// </summary>
internal static class SurveyColumns
{
    private static readonly SampleQuantileType[] Types = [SampleQuantileType.Type2, SampleQuantileType.Type6, SampleQuantileType.Type7];

    public static IEnumerable<ExportField> Fields { get; } =
    [
        Field.Number("agree_se", "Likert: linearisation standard error of agree (weights only, with replacement, as R survey's svymean); empty below two respondents.", 0),
        Field.Number("agree_design_effect", "Likert: design effect of agree, its variance over that of simple random sampling with replacement (svymean deff = \"replace\"); empty when everyone answers alike.", 0),
        .. Interval("agree_wilson_kish", "Wilson interval on Kish's effective n (as the live meters)"),
        .. Interval("agree_wilson_design", "Wilson interval on the design's effective n p(1 − p)/SE²"),
        .. Interval("agree_logit", "logit interval, t on n − 1 df (svyciprop method = \"logit\")"),
        .. Interval("agree_korn_graubard", "Korn–Graubard (beta) interval (svyciprop method = \"beta\")"),
        Field.Number("mean_position_se", "Position: linearisation standard error of the weighted mean position.", 0),
        Field.Number("mean_position_design_effect", "Position: design effect of the mean position.", 0),
        Field.Number("exact_mean", "Position: weighted mean of the exact positions in the ledger (not the live 0.01 grid).", -1, 1),
        Field.Number("exact_variance_population", "Position: Σw(x − mean)²/Σw, the live meters' form.", 0),
        Field.Number("exact_variance_survey", "Position: n/(n − 1) times the population form, R survey's svyvar; empty for one respondent.", 0),
        Field.Coded("exact_quantile_rule", "Position: the weighted quantile rule of the three exact quartiles.", Field.Categories<QuantileRule>()),
        Field.Number("exact_lower_quartile", "Position: weighted first quartile of the exact positions, under exact_quantile_rule.", -1, 1),
        Field.Number("exact_median", "Position: weighted median of the exact positions.", -1, 1),
        Field.Number("exact_upper_quartile", "Position: weighted third quartile of the exact positions.", -1, 1),
        Field.Share("exact_polarization", "Position: Esteban–Ray polarization on individuals (each distinct exact position its own group), at the session's α."),
        .. Types.SelectMany(TypeFields),
        Field.Number("exact_kruskal_wallis_h", "Between groups, Likert and position: Kruskal–Wallis H on each respondent's exact answer (unweighted, mid-ranks, tie correction).", 0),
        Field.Integer("exact_kruskal_wallis_df", "Between groups: its degrees of freedom.", minimum: 0),
        Field.Share("exact_kruskal_wallis_p", "Between groups: its p-value."),
        Field.Number("rao_scott_f", "Between groups under the row's weighting, all kinds but multiple choice and statements: Rao–Scott second-order "
            + "(Satterthwaite) F of group × answer (Likert point, option, position bin of 0.1, first-ranked item) on the respondent weights, "
            + "R survey's svychisq default; empty with fewer than two groups or answers, or when the shares cannot vary.", 0),
        Field.Number("rao_scott_f_df1", "Between groups: its numerator degrees of freedom tr(Δ)²/tr(Δ²), fractional.", 0),
        Field.Number("rao_scott_f_df2", "Between groups: its denominator degrees of freedom, df1 (n − 1).", 0),
        Field.Share("rao_scott_f_p", "Between groups: its p-value."),
        Field.Number("rao_scott_chi_square", "Between groups: Rao–Scott first-order chi-square X²/δ̄, Pearson's X² on the weighted table over the mean "
            + "generalised design effect (svychisq statistic = \"Chisq\" prints X² and takes its p from this).", 0),
        Field.Integer("rao_scott_chi_square_df", "Between groups: its degrees of freedom (r − 1)(c − 1).", minimum: 0),
        Field.Share("rao_scott_chi_square_p", "Between groups: its p-value."),
        Field.Number("design_kruskal_wallis_f", "Between groups under the row's weighting, Likert and position: design-based Kruskal–Wallis "
            + "(Lumley and Scott 2013, R survey's svyranktest) on each respondent's exact answer, Wald F on estimated population mid-ranks; "
            + "with two groups the square of svyranktest's t; empty when not computable.", 0),
        Field.Number("design_kruskal_wallis_df1", "Between groups: its numerator degrees of freedom, groups − 1.", 0),
        Field.Number("design_kruskal_wallis_df2", "Between groups: its denominator degrees of freedom, respondents − groups.", 0),
        Field.Share("design_kruskal_wallis_p", "Between groups: its p-value."),
    ];

    /// <summary>The columns of one row: <paramref name="group"/>'s figures under <paramref name="weighting"/> (null for a scheme without them).</summary>
    public static void Write(CsvWriter csv, WeightingFigures? weighting, string group, RoundSurvey? survey)
    {
        WriteGroup(csv, weighting?.Groups.FirstOrDefault(g => g.Group == group));
        ReportCsv.WriteNumber(csv, survey?.KruskalWallis?.Statistic);
        csv.WriteField(survey?.KruskalWallis?.DegreesOfFreedom, "");
        ReportCsv.WriteNumber(csv, survey?.KruskalWallis?.PValue);
        WriteF(csv, weighting?.RaoScott?.SecondOrder);
        var firstOrder = weighting?.RaoScott?.FirstOrder;
        ReportCsv.WriteNumber(csv, firstOrder?.Statistic);
        csv.WriteField(firstOrder?.DegreesOfFreedom, "");
        ReportCsv.WriteNumber(csv, firstOrder?.PValue);
        WriteF(csv, weighting?.DesignKruskalWallis);
    }

    private static void WriteF(CsvWriter csv, FTest? test)
    {
        ReportCsv.WriteNumber(csv, test?.Statistic);
        ReportCsv.WriteNumber(csv, test?.NumeratorDegreesOfFreedom);
        ReportCsv.WriteNumber(csv, test?.DenominatorDegreesOfFreedom);
        ReportCsv.WriteNumber(csv, test?.PValue);
    }

    private static void WriteGroup(CsvWriter csv, SurveyGroupFigures? group)
    {
        var agree = group?.Agree;
        ReportCsv.WriteNumber(csv, agree?.Estimate.StandardError);
        ReportCsv.WriteNumber(csv, agree?.Estimate.DesignEffect);
        WriteInterval(csv, agree?.Intervals.WilsonKish);
        WriteInterval(csv, agree?.Intervals.WilsonDesign);
        WriteInterval(csv, agree?.Intervals.Logit);
        WriteInterval(csv, agree?.Intervals.KornGraubard);
        ReportCsv.WriteNumber(csv, group?.MeanPosition?.StandardError);
        ReportCsv.WriteNumber(csv, group?.MeanPosition?.DesignEffect);
        var exact = group?.ExactPosition;
        ReportCsv.WriteNumber(csv, exact?.Mean);
        ReportCsv.WriteNumber(csv, exact?.PopulationVariance);
        ReportCsv.WriteNumber(csv, exact?.SurveyVariance);
        csv.WriteField(exact is null ? null : ReportNames.Of(exact.Rule));
        ReportCsv.WriteNumber(csv, exact?.LowerQuartile);
        ReportCsv.WriteNumber(csv, exact?.Median);
        ReportCsv.WriteNumber(csv, exact?.UpperQuartile);
        ReportCsv.WriteNumber(csv, exact?.Polarization);
        foreach (var type in Types)
        {
            var quartiles = group?.Quartiles.FirstOrDefault(q => q.Quartiles.Type == type);
            ReportCsv.WriteNumber(csv, quartiles?.Quartiles.Lower);
            ReportCsv.WriteNumber(csv, quartiles?.Quartiles.Median);
            ReportCsv.WriteNumber(csv, quartiles?.Quartiles.Upper);
            ReportCsv.WriteBoolean(csv, quartiles?.Concentrated);
        }
    }

    private static ExportField[] Interval(string name, string what) =>
    [
        Field.Share($"{name}_lower", $"Likert: lower bound of the {what}, at the session's confidence level; empty when not computable."),
        Field.Share($"{name}_upper", $"Likert: upper bound of the {what}."),
    ];

    private static ExportField[] TypeFields(SampleQuantileType type)
    {
        var r = (int)type;
        return
        [
            Field.Number($"r_type{r}_lower_quartile", $"Likert (points 1..k) and position: unweighted first quartile, R's quantile(type = {r})."),
            Field.Number($"r_type{r}_median", $"Unweighted median, R type {r}."),
            Field.Number($"r_type{r}_upper_quartile", $"Unweighted third quartile, R type {r}."),
            Field.Boolean($"r_type{r}_concentrated", $"Likert: true when the type {r} IQR is within the session's Delphi IQR bound."),
        ];
    }

    private static void WriteInterval(CsvWriter csv, Proportion? interval)
    {
        ReportCsv.WriteNumber(csv, interval?.Lower);
        ReportCsv.WriteNumber(csv, interval?.Upper);
    }
}

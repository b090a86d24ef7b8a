using ConsensusLab.Statistics;
using CsvHelper;

namespace ConsensusLab.Reporting;

/// <summary>
/// comparison.csv: each linked question of the session compared across the sessions of its series that the reader may
/// see, in long form — one row per series × session × group × scheme × row kind: the session's figure with its
/// interval, and the change from the previous session (in date order) with its interval and two-sample test.
/// </summary>
internal static class ComparisonCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.ComparisonCsv,
        "One row per linked question's series, session, group, weighting scheme and row kind (the session's figure, or the change from the previous session).",
        [
            Field.Text("series", "The series name that links the question across sessions.", true),
            vocabulary.Question with { Description = "This session's linked question (see questions.csv)." },
            Field.Text("session", "The session the row describes (this one or a linked one), by code.", true),
            new ExportField("held_on", FieldType.Date, "The day that session was held: sessions follow in this order.") { Required = true },
            Field.Text("session_question", "The linked question's id in that session.", true),
            Field.Integer("round", "The round compared: the question's last round with answers in that session.", true, 1),
            Field.Text("group", "A stakeholder group's code (in that session's catalogue), or overall (every respondent, weighted by the scheme).", true),
            ExportVocabulary.Scheme,
            Field.Coded("figure", "Likert: the share agreeing (top two points); position axis: the mean position.", Field.Categories<ComparedMeasure>(), required: true),
            Field.Coded("row_kind", "estimate: the session's figure; change: this session's figure minus the previous session's.",
                Field.Categories<ComparisonRowKind>(), required: true),
            Field.Text("compared_with", "change rows: the previous session's code; empty on estimate rows."),
            Field.Number("value", "The figure (a share 0 … 1, a mean position −1 … 1), or the change (−1 … 1, −2 … 2 for positions); " +
                "empty when not computable or withheld.", -2, 2),
            Field.Number("lower", "Lower bound of the interval: Wilson on Kish's n_eff or mean − t·SE (estimate); Newcombe or Welch (change). " +
                "A t interval on few respondents may reach beyond the axis."),
            Field.Number("upper", "Upper bound of the interval."),
            Field.Number("standard_error", "estimate rows: the linearisation SE (mean) or √(p(1 − p)/n_eff) (share).", 0),
            Field.Number("effective_n", "estimate rows: Kish's effective n.", 0),
            Field.Integer("respondents", "estimate rows: respondents counted (0 when withheld).", minimum: 0),
            Field.Boolean("suppressed", "estimate rows: true when the group is below that session's privacy threshold and its figures are withheld."),
            Field.Number("statistic", "change rows: the pooled two-proportion z (share) or Welch's t (mean)."),
            Field.Number("degrees_of_freedom", "change rows: Welch–Satterthwaite degrees of freedom; empty for z.", 0),
            Field.Share("p_value", "change rows: two-sided p-value."),
            Field.Share("confidence", "The level of every interval: the confidence setting of the session exported."),
        ])
    {
        PrimaryKey = ["series", "session", "group", "scheme", "row_kind"],
    };

    public static async Task WriteAsync(IReadOnlyList<SeriesComparison> comparisons, string sessionCode, ExportTable table, Stream stream,
        CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var comparison in comparisons)
        {
            var own = comparison.Sessions.Single(s => s.Code == sessionCode).QuestionId;
            foreach (var scheme in comparison.Schemes)
            {
                foreach (var trend in scheme.Groups.Prepend(scheme.Overall))
                {
                    for (var i = 0; i < comparison.Sessions.Length; i++)
                    {
                        var row = new Row(comparison, own, comparison.Sessions[i], trend.Group, scheme.Scheme);
                        Estimate(csv, row, trend.Sessions[i]);
                        await csv.EndRecordAsync(cancellationToken);
                        if (i == 0)
                            continue;
                        Change(csv, row, trend.Differences[i - 1]);
                        await csv.EndRecordAsync(cancellationToken);
                    }
                }
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    private sealed record Row(SeriesComparison Comparison, string Question, SeriesSession Session, string Group, WeightingScheme Scheme);

    private static void Key(CsvWriter csv, Row row, ComparisonRowKind kind)
    {
        csv.WriteField(row.Comparison.Series);
        csv.WriteField(row.Question);
        csv.WriteField(row.Session.Code);
        csv.WriteField(row.Session.HeldOn, "");
        csv.WriteField(row.Session.QuestionId);
        csv.WriteField(row.Session.Round, "");
        csv.WriteField(row.Group);
        csv.WriteField(ReportNames.Of(row.Scheme));
        csv.WriteField(ReportNames.Of(row.Comparison.Measure));
        csv.WriteField(ReportNames.Of(kind));
    }

    private static void Estimate(CsvWriter csv, Row row, SessionFigure figure)
    {
        Key(csv, row, ComparisonRowKind.Estimate);
        csv.WriteField((string?)null);
        ReportCsv.WriteNumber(csv, figure.Estimate);
        ReportCsv.WriteNumber(csv, figure.Lower);
        ReportCsv.WriteNumber(csv, figure.Upper);
        ReportCsv.WriteNumber(csv, figure.StandardError);
        ReportCsv.WriteNumber(csv, figure.EffectiveN);
        csv.WriteField(figure.Respondents, "");
        ReportCsv.WriteBoolean(csv, figure.Suppressed);
        for (var i = 0; i < 3; i++)
            csv.WriteField((string?)null);
        ReportCsv.WriteNumber(csv, row.Comparison.Confidence);
    }

    private static void Change(CsvWriter csv, Row row, FigureDifference change)
    {
        Key(csv, row, ComparisonRowKind.Change);
        csv.WriteField(change.From);
        ReportCsv.WriteNumber(csv, change.Difference);
        ReportCsv.WriteNumber(csv, change.Lower);
        ReportCsv.WriteNumber(csv, change.Upper);
        for (var i = 0; i < 4; i++)
            csv.WriteField((string?)null);
        ReportCsv.WriteNumber(csv, change.Statistic);
        ReportCsv.WriteNumber(csv, change.DegreesOfFreedom);
        ReportCsv.WriteNumber(csv, change.PValue);
        ReportCsv.WriteNumber(csv, row.Comparison.Confidence);
    }
}

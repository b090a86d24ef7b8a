using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// timeline.csv: one row per point of each question's timeline (Likert agreement, mean position), round by round,
/// with the figure under every weighting scheme; the session's own scheme is named on each row, for the chart the
/// console draws. Times are UTC, ISO 8601, as in answers.csv; an undefined figure is an empty field.
/// </summary>
internal static class TimelineCsvWriter
{
    public static ExportTable Table(ExportVocabulary vocabulary) => new(SessionExporter.TimelineCsv,
        "One row per point of a question's timeline: the figure after each answer, round by round.",
        [
            vocabulary.Question, ExportVocabulary.Kind, ExportVocabulary.Round,
            Field.Coded("figure", "The figure followed: Likert agreement or mean position.", Field.Categories<TimelineFigure>(), required: true),
            Field.Integer("point", "The point's place in the question's round, from 1.", true, 1),
            Field.Integer("sequence", "The ledger sequence of the answer after which the figure was computed.", true, 1),
            Field.Time("recorded_at", "When that answer was recorded, UTC.", true),
            Field.Integer("respondents", "Respondents counted at that point.", true, 0),
            Field.Number("equal_footing", "The figure under equal footing; empty when undefined."),
            Field.Number("headcount", "The figure under headcount."),
            Field.Number("custom", "The figure under the session's custom weights."),
            ExportVocabulary.Scheme with { Name = "session_scheme", Description = "The weighting the session's cards show." },
            Field.Number("session_scheme_value", "The figure under session_scheme."),
        ])
    {
        PrimaryKey = ["question", "round", "point"],
    };

    public static async Task WriteAsync(IReadOnlyList<QuestionTimeline> timelines, WeightingScheme sessionScheme, ExportTable table, Stream stream,
        CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream, table);
        foreach (var timeline in timelines)
        {
            for (var i = 0; i < timeline.Points.Length; i++)
            {
                var point = timeline.Points[i];
                csv.WriteField(timeline.QuestionId);
                csv.WriteField(ReportNames.Of(timeline.Kind));
                csv.WriteField(timeline.Round, "");
                csv.WriteField(ReportNames.Of(timeline.Figure));
                csv.WriteField(i + 1, "");
                csv.WriteField(point.Sequence, "");
                ReportCsv.WriteTime(csv, point.RecordedAt);
                csv.WriteField(point.Respondents, "");
                ReportCsv.WriteNumber(csv, point.Values.EqualFooting);
                ReportCsv.WriteNumber(csv, point.Values.Headcount);
                ReportCsv.WriteNumber(csv, point.Values.Custom);
                csv.WriteField(ReportNames.Of(sessionScheme));
                ReportCsv.WriteNumber(csv, point.Values.Of(sessionScheme));
                await csv.EndRecordAsync(cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }
}

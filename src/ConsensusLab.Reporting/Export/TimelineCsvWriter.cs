using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// timeline.csv: one row per point of each question's timeline (Likert agreement, mean position), round by round,
/// with the figure under every weighting scheme; the session's own scheme is named on each row, for the chart the
/// console draws. Times are UTC, ISO 8601, as in answers.csv; an undefined figure is an empty field.
/// </summary>
internal static class TimelineCsvWriter
{
    private static readonly string[] Header =
    [
        "question", "kind", "round", "figure", "point", "sequence", "recorded_at", "respondents",
        "equal_footing", "headcount", "custom", "session_scheme", "session_scheme_value",
    ];

    public static async Task WriteAsync(IReadOnlyList<QuestionTimeline> timelines, WeightingScheme sessionScheme, Stream stream,
        CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream);
        csv.WriteHeader(Header);
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
                csv.WriteField(point.RecordedAt.UtcDateTime, "O");
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

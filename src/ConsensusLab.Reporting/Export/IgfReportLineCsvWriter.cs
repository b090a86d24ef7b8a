namespace ConsensusLab.Reporting;

/// <summary>
/// igf_report_line.csv: the participation line an IGF workshop report ends with, one column per figure in the report's
/// order, so that it pastes into the report template and loads as numbers.
/// </summary>
internal static class IgfReportLineCsvWriter
{
    public static ExportTable Table { get; } = new(SessionExporter.IgfReportLineCsv,
        "One row: the IGF workshop report's participation line (participation.json's igfReportLine as numbers).",
        [
            Field.Text("session", "The session code.", true),
            new ExportField("held_on", FieldType.Date, "The day the session was held: LDC status is evaluated on it.") { Required = true },
            Field.Integer("female", "Participants who declared female.", true, 0),
            Field.Integer("male", "Participants who declared male.", true, 0),
            Field.Integer("young", "Participants under the event's young age (participation.csv names it).", true, 0),
            Field.Integer("developing", "Participants from developing countries, LDCs excluded.", true, 0),
            Field.Integer("developed", "Participants from developed countries.", true, 0),
            Field.Integer("ldc", "Participants from least developed countries on the session's day.", true, 0),
            Field.Integer("total", "Participants who joined and have not withdrawn.", true, 0),
        ])
    {
        PrimaryKey = ["session"],
    };

    public static async Task WriteAsync(ParticipationFigures figures, Stream stream, CancellationToken cancellationToken)
    {
        await using var csv = ReportCsv.Create(stream, Table);
        csv.WriteField(figures.SessionCode);
        csv.WriteField(figures.HeldOn, "");
        foreach (var count in new[] { figures.Gender.Female, figures.Gender.Male, figures.Age.Young, figures.Development.DevelopingExcludingLdc,
                     figures.Development.Developed, figures.Development.LeastDeveloped })
            csv.WriteField(count.Count, "");
        csv.WriteField(figures.Total, "");
        await csv.EndRecordAsync(cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }
}

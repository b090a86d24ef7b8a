using System.Collections.Immutable;
using System.Text.Json;

namespace ConsensusLab.Reporting;

/// <summary>
/// Writes a session's export files: to a directory (the CLI) or one at a time to a stream (the HTTP endpoints
/// GET /api/sessions/{code}/exports/{file}). Streams are written asynchronously only and left open.
/// </summary>
public static class SessionExporter
{
    /// <summary>Every ledger entry, current and superseded, one row each.</summary>
    public const string AnswersCsv = "answers.csv";

    /// <summary>Every figure per question, scheme and group, one row each.</summary>
    public const string SummaryCsv = "summary.csv";

    /// <summary>The <see cref="SessionSummary"/> as JSON.</summary>
    public const string SummaryJson = "summary.json";

    /// <summary>Every participation figure, one row each, and the IGF report line.</summary>
    public const string ParticipationCsv = "participation.csv";

    /// <summary>The <see cref="ParticipationFigures"/> as JSON.</summary>
    public const string ParticipationJson = "participation.json";

    /// <summary>Each Likert and position question's figure after every answer, round by round (<see cref="TimelineCalculator"/>).</summary>
    public const string TimelineCsv = "timeline.csv";

    /// <summary>The export files, in the order <see cref="ExportAsync"/> writes them.</summary>
    public static ImmutableArray<string> FileNames { get; } = [AnswersCsv, SummaryCsv, SummaryJson, ParticipationCsv, ParticipationJson, TimelineCsv];

    /// <summary>The media type of an export file: text/csv (RFC 4180, UTF-8) or application/json.</summary>
    public static string ContentTypeOf(string fileName) =>
        fileName.EndsWith(".json", StringComparison.Ordinal) ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";

    /// <summary>Writes the six files into <paramref name="directory"/> (created if needed) and returns their paths.</summary>
    /// <exception cref="IOException">The directory or a file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory or a file cannot be written.</exception>
    public static async Task<IReadOnlyList<string>> ExportAsync(SessionArchive archive, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        Directory.CreateDirectory(directory);
        // Computed once, so that the CSV and JSON forms of a file pair cannot disagree.
        var summary = SessionSummary.Of(archive);
        var participation = ParticipationFigures.Of(archive);
        var written = new List<string>(FileNames.Length);
        foreach (var name in FileNames)
        {
            var path = Path.Combine(directory, name);
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
                await WriteAsync(name, archive, summary, participation, file, cancellationToken);
            written.Add(path);
        }
        return written;
    }

    /// <summary>Writes the export file of that name (one of <see cref="FileNames"/>).</summary>
    /// <exception cref="ArgumentException">The name is not an export file.</exception>
    public static Task WriteAsync(string fileName, SessionArchive archive, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        if (!FileNames.Contains(fileName))
            throw new ArgumentException($"'{fileName}' is not an export file; the files are {string.Join(", ", FileNames)}.", nameof(fileName));
        var summary = fileName.StartsWith("summary", StringComparison.Ordinal) ? SessionSummary.Of(archive) : null;
        var participation = fileName.StartsWith("participation", StringComparison.Ordinal) ? ParticipationFigures.Of(archive) : null;
        return WriteAsync(fileName, archive, summary, participation, stream, cancellationToken);
    }

    /// <summary>answers.csv: every ledger entry, current and superseded.</summary>
    public static Task WriteAnswersCsvAsync(SessionArchive archive, Stream stream, CancellationToken cancellationToken) =>
        WriteAsync(AnswersCsv, archive, stream, cancellationToken);

    /// <summary>summary.csv: one row per question, scheme and group.</summary>
    public static Task WriteSummaryCsvAsync(SessionArchive archive, Stream stream, CancellationToken cancellationToken) =>
        WriteAsync(SummaryCsv, archive, stream, cancellationToken);

    /// <summary>summary.json: the <see cref="SessionSummary"/>.</summary>
    public static Task WriteSummaryJsonAsync(SessionArchive archive, Stream stream, CancellationToken cancellationToken) =>
        WriteAsync(SummaryJson, archive, stream, cancellationToken);

    /// <summary>participation.csv: one row per figure.</summary>
    public static Task WriteParticipationCsvAsync(SessionArchive archive, Stream stream, CancellationToken cancellationToken) =>
        WriteAsync(ParticipationCsv, archive, stream, cancellationToken);

    /// <summary>participation.json: the <see cref="ParticipationFigures"/>.</summary>
    public static Task WriteParticipationJsonAsync(SessionArchive archive, Stream stream, CancellationToken cancellationToken) =>
        WriteAsync(ParticipationJson, archive, stream, cancellationToken);

    /// <summary>timeline.csv: one row per point of each question's timeline.</summary>
    public static Task WriteTimelineCsvAsync(SessionArchive archive, Stream stream, CancellationToken cancellationToken) =>
        WriteAsync(TimelineCsv, archive, stream, cancellationToken);

    private static Task WriteAsync(string fileName, SessionArchive archive, SessionSummary? summary,
        ParticipationFigures? participation, Stream stream, CancellationToken cancellationToken) => fileName switch
        {
            AnswersCsv => AnswersCsvWriter.WriteAsync(archive, stream, cancellationToken),
            SummaryCsv => SummaryCsvWriter.WriteAsync(summary!, stream, cancellationToken),
            SummaryJson => JsonSerializer.SerializeAsync(stream, summary!, ReportJson.Options, cancellationToken),
            ParticipationCsv => ParticipationCsvWriter.WriteAsync(participation!, stream, cancellationToken),
            ParticipationJson => JsonSerializer.SerializeAsync(stream, participation!, ReportJson.Options, cancellationToken),
            TimelineCsv => TimelineCsvWriter.WriteAsync(TimelineCalculator.Of(archive), archive.Session.Weighting, stream, cancellationToken),
            _ => throw new ArgumentException($"'{fileName}' is not an export file.", nameof(fileName)),
        };
}

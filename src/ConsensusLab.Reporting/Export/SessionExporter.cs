using System.Collections.Immutable;
using System.Text.Json;

namespace ConsensusLab.Reporting;

/// <summary>
/// Writes a session's export files: to a directory (the CLI) or one at a time to a stream (the HTTP endpoints
/// GET /api/sessions/{code}/exports/{file}). Streams are written asynchronously only and left open.
/// </summary>
public static class SessionExporter
{
    /// <summary>Every answer in the ledger, current and superseded, one row each; none of a participant who withdrew.</summary>
    public const string AnswersCsv = "answers.csv";

    /// <summary>Each option of a multiple-choice or ranking answer, one row each.</summary>
    public const string AnswerItemsCsv = "answer_items.csv";

    /// <summary>Each question with its wording and scale.</summary>
    public const string QuestionsCsv = "questions.csv";

    /// <summary>The label of every answer code, per question.</summary>
    public const string CodesCsv = "codes.csv";

    /// <summary>Every figure per question, round, scheme and group, one row each.</summary>
    public const string SummaryCsv = "summary.csv";

    /// <summary>Every distribution in long form: one row per question, round, scheme, group and category.</summary>
    public const string DistributionsCsv = "distributions.csv";

    /// <summary>Borda scores and mean ranks in long form: one row per ranking question, round, scheme, group and item.</summary>
    public const string RankingsCsv = "rankings.csv";

    /// <summary>Each question's change from one round to the next, with McNemar / Wilcoxon and the net change per scheme.</summary>
    public const string RoundChangesCsv = "round_changes.csv";

    /// <summary>Krippendorff's alpha across Likert questions, round by round.</summary>
    public const string AgreementCsv = "agreement.csv";

    /// <summary>The <see cref="SessionSummary"/> as JSON.</summary>
    public const string SummaryJson = "summary.json";

    /// <summary>Every participation figure, one row each.</summary>
    public const string ParticipationCsv = "participation.csv";

    /// <summary>The IGF workshop report's participation line, one column per figure.</summary>
    public const string IgfReportLineCsv = "igf_report_line.csv";

    /// <summary>The <see cref="ParticipationFigures"/> as JSON.</summary>
    public const string ParticipationJson = "participation.json";

    /// <summary>Each Likert and position question's figure after every answer, round by round (<see cref="TimelineCalculator"/>).</summary>
    public const string TimelineCsv = "timeline.csv";

    /// <summary>Each linked question compared across the sessions of its series (<see cref="SeriesComparison"/>), in long form.</summary>
    public const string ComparisonCsv = "comparison.csv";

    /// <summary>Every statement of the statements questions, with its moderation.</summary>
    public const string StatementsCsv = "statements.csv";

    /// <summary>Every vote on a statement, changed ones included.</summary>
    public const string VotesCsv = "votes.csv";

    /// <summary>Each statement's agree / disagree / pass shares per round, scheme and group.</summary>
    public const string StatementFiguresCsv = "statement_figures.csv";

    /// <summary>Each voter's place on the opinion map and opinion group, per statements question and round.</summary>
    public const string OpinionGroupsCsv = "opinion_groups.csv";

    /// <summary>The Frictionless Data Package: a Table Schema for every CSV file.</summary>
    public const string DataPackageJson = "datapackage.json";

    /// <summary>The codebook for people: conventions, every file's columns and every question's codes, in Markdown.</summary>
    public const string CodebookMd = "codebook.md";

    /// <summary>The export files, in the order <see cref="ExportAsync"/> writes them.</summary>
    public static ImmutableArray<string> FileNames { get; } =
    [
        AnswersCsv, AnswerItemsCsv, QuestionsCsv, CodesCsv, SummaryCsv, DistributionsCsv, RankingsCsv, RoundChangesCsv, AgreementCsv, SummaryJson,
        ParticipationCsv, IgfReportLineCsv, ParticipationJson, TimelineCsv, ComparisonCsv, StatementsCsv, VotesCsv, StatementFiguresCsv,
        OpinionGroupsCsv, DataPackageJson, CodebookMd,
    ];

    /// <summary>Every CSV file's rows in one Excel workbook, a sheet per file (<see cref="WorkbookWriter"/>).</summary>
    public const string WorkbookXlsx = "workbook.xlsx";

    /// <summary>
    /// The files for analysts made from the CSV files, in the order <see cref="ExportAsync"/> writes them after
    /// <see cref="FileNames"/>: each CSV file as Parquet (answers.parquet, …), then <see cref="WorkbookXlsx"/>.
    /// </summary>
    public static ImmutableArray<string> AnalystFileNames { get; } =
        [.. FileNames.Where(IsCsv).Select(name => Path.ChangeExtension(name, ".parquet")), WorkbookXlsx];

    /// <summary>Every export file: <see cref="FileNames"/>, then <see cref="AnalystFileNames"/>.</summary>
    public static ImmutableArray<string> AllFileNames { get; } = [.. FileNames, .. AnalystFileNames];

    /// <summary>The media type of an export file: text/csv (RFC 4180, UTF-8), application/json, text/markdown, Parquet or xlsx.</summary>
    public static string ContentTypeOf(string fileName) => Path.GetExtension(fileName) switch
    {
        ".json" => "application/json; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        ".parquet" => ParquetMediaType,
        ".xlsx" => XlsxMediaType,
        _ => "text/csv; charset=utf-8",
    };

    /// <summary>The media type IANA registered for Parquet.</summary>
    public const string ParquetMediaType = "application/vnd.apache.parquet";

    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes every export file into <paramref name="directory"/> (created if needed) and returns their paths.</summary>
    /// <exception cref="IOException">The directory or a file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory or a file cannot be written.</exception>
    public static async Task<IReadOnlyList<string>> ExportAsync(SessionArchive archive, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        Directory.CreateDirectory(directory);
        var sources = new ExportSources(archive);
        var written = new List<string>(AllFileNames.Length);
        foreach (var name in AllFileNames)
        {
            var path = Path.Combine(directory, name);
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
                await WriteAsync(name, sources, file, cancellationToken);
            written.Add(path);
        }
        return written;
    }

    /// <summary>Writes the export file of that name (one of <see cref="AllFileNames"/>).</summary>
    /// <exception cref="ArgumentException">The name is not an export file.</exception>
    public static Task WriteAsync(string fileName, SessionArchive archive, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        if (!AllFileNames.Contains(fileName))
            throw new ArgumentException($"'{fileName}' is not an export file; the files are {string.Join(", ", AllFileNames)}.", nameof(fileName));
        return WriteAsync(fileName, new ExportSources(archive), stream, cancellationToken);
    }

    /// <summary>answers.csv: every answer in the ledger, current and superseded, but none of a participant who withdrew.</summary>
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

    private static Task WriteAsync(string fileName, ExportSources sources, Stream stream, CancellationToken cancellationToken)
    {
        if (AnalystFileNames.Contains(fileName))
            return AnalystFiles.WriteAsync(fileName, ExportTables.Of(sources.Vocabulary), (csv, output) => WriteAsync(csv, sources, output, cancellationToken),
                stream, cancellationToken);
        var archive = sources.Archive;
        var table = IsCsv(fileName) ? ExportTables.Named(sources.Vocabulary, fileName) : null;
        return fileName switch
        {
            AnswersCsv => AnswersCsvWriter.WriteAsync(archive, sources.Summary, table!, stream, cancellationToken),
            AnswerItemsCsv => AnswerItemsCsvWriter.WriteAsync(archive, table!, stream, cancellationToken),
            QuestionsCsv => QuestionsCsvWriter.WriteAsync(archive, sources.Summary, table!, stream, cancellationToken),
            CodesCsv => CodesCsvWriter.WriteAsync(archive, table!, stream, cancellationToken),
            SummaryCsv => SummaryCsvWriter.WriteAsync(sources.Summary, table!, stream, cancellationToken),
            DistributionsCsv => DistributionsCsvWriter.WriteAsync(archive, sources.Summary, table!, stream, cancellationToken),
            RankingsCsv => RankingsCsvWriter.WriteAsync(sources.Summary, table!, stream, cancellationToken),
            RoundChangesCsv => RoundChangesCsvWriter.WriteAsync(archive, sources.Summary, table!, stream, cancellationToken),
            AgreementCsv => AgreementCsvWriter.WriteAsync(archive, sources.Summary, table!, stream, cancellationToken),
            SummaryJson => JsonSerializer.SerializeAsync(stream, sources.Summary, ReportJson.Options, cancellationToken),
            ParticipationCsv => ParticipationCsvWriter.WriteAsync(sources.Participation, stream, cancellationToken),
            IgfReportLineCsv => IgfReportLineCsvWriter.WriteAsync(sources.Participation, stream, cancellationToken),
            ParticipationJson => JsonSerializer.SerializeAsync(stream, sources.Participation, ReportJson.Options, cancellationToken),
            DataPackageJson => DataPackageWriter.WriteAsync(archive, ExportTables.Of(sources.Vocabulary), stream, cancellationToken),
            CodebookMd => CodebookWriter.WriteAsync(archive, ExportTables.Of(sources.Vocabulary), stream, cancellationToken),
            TimelineCsv => TimelineCsvWriter.WriteAsync(TimelineCalculator.Of(archive), archive.Session.Weighting, table!, stream, cancellationToken),
            ComparisonCsv => ComparisonCsvWriter.WriteAsync(archive.Comparisons, archive.Session.Code, table!, stream, cancellationToken),
            StatementsCsv => StatementsCsvWriter.WriteAsync(archive, table!, stream, cancellationToken),
            VotesCsv => VotesCsvWriter.WriteAsync(archive, table!, stream, cancellationToken),
            StatementFiguresCsv => StatementFiguresCsvWriter.WriteAsync(archive, table!, stream, cancellationToken),
            OpinionGroupsCsv => OpinionGroupsCsvWriter.WriteAsync(archive, table!, stream, cancellationToken),
            _ => throw new ArgumentException($"'{fileName}' is not an export file.", nameof(fileName)),
        };
    }

    private static bool IsCsv(string fileName) => fileName.EndsWith(".csv", StringComparison.Ordinal);
}

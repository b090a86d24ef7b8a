using System.Globalization;
using System.Text;

namespace ConsensusLab.Reporting;

/// <summary>
/// codebook.md: the human-readable codebook, written from the same <see cref="ExportTable"/>s as datapackage.json and
/// the CSV headers, so the three cannot disagree: the conventions, every file with its columns, and every question's codes.
/// </summary>
internal static class CodebookWriter
{
    public static async Task WriteAsync(SessionArchive archive, IReadOnlyList<ExportTable> tables, Stream stream, CancellationToken cancellationToken)
    {
        var session = archive.Session;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Codebook: {Cell(session.Definition.Title)} ({session.Code})\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Session held on {session.HeldOn:yyyy-MM-dd}. The files are described for machines in datapackage.json ");
        text.Append("(a Frictionless Tabular Data Package: `frictionless validate datapackage.json` checks them).\n\n");
        text.Append("## Conventions\n\n");
        text.Append("- CSV: UTF-8 without byte order mark, comma-separated, RFC 4180 quoting, CRLF line ends, a header row.\n");
        text.Append("- One value per cell and one type per column: string, integer, number, boolean, datetime or date.\n");
        text.Append("- An empty cell means not computable or not applicable (a figure of another kind of question, a group without respondents, ");
        text.Append("a group withheld by the privacy threshold). There is no other missing-value code.\n");
        text.Append("- Numbers are written in full (the shortest decimal that reads back as the same value), never with an exponent; ");
        text.Append("shares are 0 .. 1, not percentages.\n");
        text.Append("- Booleans are `true` / `false`. Times are UTC, `yyyy-MM-ddTHH:mm:ss.ffffffZ`.\n");
        text.Append("- Answer and category codes are 1..k everywhere (Likert points from 1 = the first label, options, ranked items, ");
        text.Append("position bins); codes.csv gives each question's labels, listed below too.\n");
        text.Append("- Text that a spreadsheet would run as a formula (starting with = + - @) is written with a leading `'`.\n\n");
        text.Append("Loading: R `read.csv(\"summary.csv\", na.strings = \"\")` or `readr::read_csv(\"summary.csv\")`; ");
        text.Append("pandas `pd.read_csv(\"summary.csv\")`; Excel opens the files directly.\n\n");
        text.Append("Each CSV file also comes as Parquet (answers.parquet, …), its columns typed by the schema below (integer as INT64, number as ");
        text.Append("DOUBLE, boolean, string, datetime as a UTC timestamp, date; an empty field as null), and workbook.xlsx holds every CSV file as a ");
        text.Append("sheet of the same name with typed cells. datapackage.json lists the CSV files only: a Tabular Data Package's resources are CSV.\n\n");
        text.Append("## Files\n\n");
        foreach (var table in tables)
            text.Append(CultureInfo.InvariantCulture, $"- [{table.FileName}](#{table.Name.Replace('_', '-')}): {table.Description}\n");
        foreach (var table in tables)
            AppendTable(text, table);
        AppendQuestions(text, archive);

        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(text, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    private static void AppendTable(StringBuilder text, ExportTable table)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n## {table.Name}\n\n`{table.FileName}`: {table.Description}");
        if (!table.PrimaryKey.IsEmpty)
            text.Append(CultureInfo.InvariantCulture, $" A row is identified by {string.Join(", ", table.PrimaryKey.Select(k => $"`{k}`"))}.");
        text.Append("\n\n| column | type | required | description | values |\n|---|---|---|---|---|\n");
        foreach (var field in table.Fields)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| `{field.Name}` | {field.Type.ToString().ToLowerInvariant()} | {(field.Required ? "yes" : "no")} | {Cell(field.Description)} | {Values(field)} |\n");
        }
    }

    private static string Values(ExportField field)
    {
        if (!field.Categories.IsEmpty)
            return string.Join("; ", field.Categories.Select(c => $"`{Cell(c.Value)}` = {Cell(c.Label)}"));
        static string Bound(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
        return field.Minimum is null && field.Maximum is null ? "" : $"{Bound(field.Minimum)} .. {Bound(field.Maximum)}";
    }

    private static void AppendQuestions(StringBuilder text, SessionArchive archive)
    {
        text.Append("\n## Questions and their codes\n");
        foreach (var question in archive.Session.Definition.Questions)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### {Cell(question.Id)} ({ReportNames.Of(question.Kind)})\n\n{Cell(question.Prompt)}\n\n");
            if (question.Axis is { } axis)
                text.Append(CultureInfo.InvariantCulture, $"Position: -1 = {Cell(axis.Left)}, 1 = {Cell(axis.Right)}.\n\n");
            foreach (var code in QuestionCodes.Of(question))
                text.Append(CultureInfo.InvariantCulture, $"- {code.Value} = {Cell(code.Label)}\n");
        }
    }

    /// <summary>Text inside a Markdown table cell or line: pipes escaped, line breaks as spaces.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}

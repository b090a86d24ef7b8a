using System.Globalization;
using CsvHelper;

namespace ConsensusLab.Reporting;

/// <summary>How report CSV is written: RFC 4180 (CRLF, quotes when needed), UTF-8 without a byte order mark, and text
/// that a spreadsheet would run as a formula escaped, since labels and group names come from moderators.</summary>
internal static class ReportCsv
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    /// <summary>A writer that leaves the stream open: the caller owns it (a file, or an HTTP response body).</summary>
    public static CsvWriter Create(Stream stream) => CsvWriter.Create(stream, Options, leaveOpen: true);

    /// <summary>A figure in full (shortest round-trip form); an undefined one, null or not finite, as an empty field.</summary>
    public static void WriteNumber(CsvWriter csv, double? value)
    {
        if (value is { } number && double.IsFinite(number))
            csv.WriteField(number, "");
        else
            csv.WriteField((string?)null);
    }

    /// <summary>A shares vector as "0.1000;0.2000;…", the form the summary's distribution columns use.</summary>
    public static string Joined(IEnumerable<double> values) =>
        string.Join(';', values.Select(v => v.ToString("0.0000", CultureInfo.InvariantCulture)));
}

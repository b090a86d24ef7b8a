using System.Globalization;
using CsvHelper;

namespace ConsensusLab.Reporting;

/// <summary>How report CSV is written: RFC 4180 (CRLF, quotes when needed), UTF-8 without a byte order mark, booleans as
/// <c>true</c>/<c>false</c>, numbers in full without exponents, an undefined value as an empty field, and text that a
/// spreadsheet would run as a formula escaped, since labels and group names come from moderators.</summary>
internal static class ReportCsv
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, TrueValue = "true", FalseValue = "false" };

    /// <summary>
    /// Times are UTC with microseconds and a Z: six fractional digits, because Python's strptime and the Frictionless
    /// datetime pattern (<see cref="TimePattern"/>) read no more.
    /// </summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary><see cref="TimeFormat"/> as the strptime pattern datapackage.json declares.</summary>
    public const string TimePattern = "%Y-%m-%dT%H:%M:%S.%fZ";

    /// <summary>A writer that leaves the stream open: the caller owns it (a file, or an HTTP response body).</summary>
    public static CsvWriter Create(Stream stream) => CsvWriter.Create(stream, Options, leaveOpen: true);

    /// <summary>A writer with the table's header already written.</summary>
    public static CsvWriter Create(Stream stream, ExportTable table)
    {
        var csv = Create(stream);
        csv.WriteHeader([.. table.Fields.Select(f => f.Name)]);
        return csv;
    }

    /// <summary>A figure in full (<see cref="FixedFormat"/>), -0 as 0; an undefined one, null or not finite, as an empty field.</summary>
    public static void WriteNumber(CsvWriter csv, double? value)
    {
        if (value is { } number && double.IsFinite(number))
            csv.WriteField(number + 0.0, FixedFormat(number));
        else
            csv.WriteField((string?)null);
    }

    /// <summary>
    /// The format that writes a figure as a fixed-point decimal with the digits of its shortest round-trip form:
    /// 5.55E-17 needs "F" with as many decimals as it has digits after the point, since R, pandas and Excel read an
    /// exponent as text or not at all. The figure is still written as a double, so the formula protection leaves its
    /// minus sign alone.
    /// </summary>
    public static string FixedFormat(double value)
    {
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
            return "R";
        var exponent = int.Parse(shortest.AsSpan(e + 1), CultureInfo.InvariantCulture);
        var digits = shortest[..e].Count(char.IsAsciiDigit);
        return "F" + Math.Max(0, digits - 1 - exponent).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A time in <see cref="TimeFormat"/>.</summary>
    public static void WriteTime(CsvWriter csv, DateTimeOffset time) => csv.WriteField(time.UtcDateTime, TimeFormat);

    /// <summary><c>true</c> or <c>false</c>; null as an empty field.</summary>
    public static void WriteBoolean(CsvWriter csv, bool? value)
    {
        if (value is { } flag)
            csv.WriteField(flag);
        else
            csv.WriteField((string?)null);
    }
}

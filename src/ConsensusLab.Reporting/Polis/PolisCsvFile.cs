using System.Globalization;
using CsvHelper;

namespace ConsensusLab.Reporting.Polis;

/// <summary>One Polis CSV file being read: named columns checked against the header, and every bad field reported
/// as a <see cref="FormatException"/> naming the file, the line and the column.</summary>
internal sealed class PolisCsvFile : IDisposable
{
    private static readonly CsvReaderOptions Options = new() { TrackLineNumbers = true, AllowLineBreaksInQuotes = true };

    private readonly CsvReader _csv;
    private readonly string _name;
    private readonly Dictionary<string, int> _columns;

    private PolisCsvFile(CsvReader csv, string name, Dictionary<string, int> columns)
    {
        _csv = csv;
        _name = name;
        _columns = columns;
    }

    /// <summary>Opens the file and checks that its header has every required column.</summary>
    public static PolisCsvFile Open(TextReader reader, string name, IReadOnlyList<string> required)
    {
        var csv = CsvReader.Create(reader, Options, leaveOpen: true);
        try
        {
            var header = csv.Headers;
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                columns.TryAdd(header[i].Trim(), i);
            }

            var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                throw new FormatException($"{name} line 1: the header lacks the column(s) {string.Join(", ", missing)}.");
            }

            return new PolisCsvFile(csv, name, columns);
        }
        catch (CsvFormatException e)
        {
            csv.Dispose();
            throw new FormatException($"{name} line 1: {e.Message}", e);
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    /// <summary>Moves to the next row; false at the end.</summary>
    public bool Read()
    {
        try
        {
            return _csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new FormatException($"{_name}: {e.Message}", e);
        }
    }

    public string Text(string column) => _csv.GetString(_columns[column]);

    public int Integer(string column) =>
        int.TryParse(Text(column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, "an integer");

    public int? OptionalInteger(string column) => Text(column).Length == 0 ? null : Integer(column);

    public DateTimeOffset Time(string column) =>
        long.TryParse(Text(column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
            && ms is >= -62135596800000 and <= 253402300799999
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : throw Error(column, "milliseconds since 1970");

    public int Vote(string column) => Integer(column) is var vote and (1 or -1 or 0) ? vote : throw Error(column, "1, -1 or 0");

    public int Moderation(string column) => Integer(column) is var value and (1 or -1 or 0) ? value : throw Error(column, "1, 0 or -1");

    public void Dispose() => _csv.Dispose();

    private FormatException Error(string column, string expected) =>
        new($"{_name} line {_csv.LineNumber}, column {column}: '{Text(column)}' is not {expected}.");
}

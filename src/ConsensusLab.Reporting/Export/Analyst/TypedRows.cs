using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace ConsensusLab.Reporting;

/// <summary>
/// The rows of a CSV export file read back with the types of its Table Schema: the Parquet files and the workbook are
/// made from these, so they hold exactly what the CSV holds and take every column a writer adds without being told.
/// A cell is null when the CSV field is empty (the package's only missing value), else a long (integer), a double
/// (number), a bool (boolean), a UTC <see cref="DateTime"/> (datetime), a <see cref="DateOnly"/> (date) or a string.
/// </summary>
internal static class TypedRows
{
    private static readonly CsvReaderOptions Options = new() { Separator = ',', TrimWhitespace = false };

    /// <summary>The rows of <paramref name="csv"/>, from its current position, whose header must be the table's.</summary>
    /// <exception cref="InvalidDataException">The header or a cell does not match the table's schema.</exception>
    public static async IAsyncEnumerable<object?[]> ReadAsync(ExportTable table, Stream csv,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = CsvReader.Create(csv, Options, leaveOpen: true);
        await reader.ReadHeaderAsync(cancellationToken);
        var names = table.Fields.Select(f => f.Name).ToArray();
        if (!reader.Headers.SequenceEqual(names, StringComparer.Ordinal))
            throw new InvalidDataException($"{table.FileName} has the header {string.Join(",", reader.Headers)}, not {string.Join(",", names)}.");
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[names.Length];
            for (var i = 0; i < row.Length; i++)
                row[i] = Parse(table.Fields[i], reader.GetString(i));
            yield return row;
        }
    }

    /// <summary>A CSV field as its column's type; empty as null.</summary>
    public static object? Parse(ExportField field, string text)
    {
        if (text.Length == 0)
            return null;
        try
        {
            return field.Type switch
            {
                FieldType.Integer => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                FieldType.Number => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                FieldType.Boolean => bool.Parse(text),
                FieldType.Datetime => DateTime.ParseExact(text, ReportCsv.TimeFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                FieldType.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => text,
            };
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"'{text}' in column {field.Name} is not a {field.Type.ToString().ToLowerInvariant()}.", e);
        }
    }
}

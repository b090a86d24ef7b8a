using Parquet;
using Parquet.Schema;

namespace ConsensusLab.Reporting;

/// <summary>
/// A CSV export file as Parquet, column types from its Table Schema: integer as INT64, number as DOUBLE, boolean as
/// BOOLEAN, string as UTF-8, datetime as a UTC timestamp in microseconds (the CSV's resolution), date as DATE. A
/// required column is declared non-nullable; in the others an empty CSV field is a null.
/// </summary>
internal static class ParquetTableWriter
{
    // Rows held in memory at a time: one row group's columns. Small sessions make a single group.
    private const int RowGroupSize = 50_000;

    /// <summary>Writes the rows to <paramref name="output"/>, which Parquet.Net needs seekable, and leaves it open.</summary>
    public static async Task WriteAsync(ExportTable table, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken cancellationToken)
    {
        var fields = table.Fields.Select(DataFieldOf).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, cancellationToken: cancellationToken);
        var group = new List<object?[]>(RowGroupSize);
        var written = false;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            group.Add(row);
            if (group.Count < RowGroupSize)
                continue;
            await WriteGroupAsync(writer, table, fields, group, cancellationToken);
            group.Clear();
            written = true;
        }
        // A file without rows still gets one empty row group, so that every reader sees its columns the same way.
        if (group.Count > 0 || !written)
            await WriteGroupAsync(writer, table, fields, group, cancellationToken);
    }

    private static DataField DataFieldOf(ExportField field)
    {
        var nullable = !field.Required;
        return field.Type switch
        {
            FieldType.Integer => new DataField(field.Name, typeof(long), nullable),
            FieldType.Number => new DataField(field.Name, typeof(double), nullable),
            FieldType.Boolean => new DataField(field.Name, typeof(bool), nullable),
            FieldType.Datetime => new DateTimeDataField(field.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, DateTimeTimeUnit.Micros, nullable),
            FieldType.Date => new DataField(field.Name, typeof(DateOnly), nullable),
            _ => new DataField(field.Name, typeof(string), nullable),
        };
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, ExportTable table, DataField[] fields, List<object?[]> rows,
        CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var column = i;
            var task = table.Fields[i].Type switch
            {
                FieldType.Integer => WriteAsync<long>(group, field, rows, column, cancellationToken),
                FieldType.Number => WriteAsync<double>(group, field, rows, column, cancellationToken),
                FieldType.Boolean => WriteAsync<bool>(group, field, rows, column, cancellationToken),
                FieldType.Datetime => WriteAsync<DateTime>(group, field, rows, column, cancellationToken),
                FieldType.Date => WriteAsync<DateOnly>(group, field, rows, column, cancellationToken),
                _ => group.WriteAsync(field, rows.Select(r => (string?)r[column]).ToArray()),
            };
            await task;
        }
        group.CompleteValidate();
    }

    private static Task WriteAsync<T>(ParquetRowGroupWriter group, DataField field, List<object?[]> rows, int column,
        CancellationToken cancellationToken) where T : struct
    {
        if (field.IsNullable)
            return group.WriteAsync<T>(field, rows.Select(r => (T?)r[column]).ToArray(), cancellationToken: cancellationToken);
        return group.WriteAsync<T>(field, rows.Select(r => (T)(r[column] ?? throw new InvalidDataException(
            $"Column {field.Name} is required but a row leaves it empty."))).ToArray(), cancellationToken: cancellationToken);
    }
}

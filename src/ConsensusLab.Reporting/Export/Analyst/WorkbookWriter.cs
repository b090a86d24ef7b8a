using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ConsensusLab.Reporting;

/// <summary>
/// workbook.xlsx: every CSV export file as a sheet of the same name, with a frozen bold header row, numbers, booleans
/// and times as real cells of their type (never text) formatted by the column's Table Schema type
/// (<see cref="WorkbookStyles"/>), empty cells left out, and column widths fitted to the content.
/// </summary>
internal static class WorkbookWriter
{
    // A worksheet holds 1,048,576 rows, the header included.
    private const int MaxRows = 1_048_576;
    private const double MinWidth = 8;
    private const double MaxWidth = 60;
    private static readonly DateTime SpreadsheetEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> (synchronously, through the zip archive) and leaves it open.
    /// <paramref name="bufferCsv"/> gives each table's CSV, read twice: once to fit the column widths, which come before the
    /// rows in a sheet, once to write the rows.
    /// </summary>
    /// <exception cref="InvalidDataException">A table has more rows than a worksheet holds.</exception>
    public static async Task WriteAsync(IReadOnlyList<ExportTable> tables, Func<ExportTable, Task<Stream>> bufferCsv, Stream output,
        CancellationToken cancellationToken)
    {
        using var package = new WorkbookPackage(output);
        package.WriteFrame([.. tables.Select(SheetName)]);
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            await using var csv = await bufferCsv(table);
            var widths = await WidthsAsync(table, TypedRows.ReadAsync(table, csv, cancellationToken));
            csv.Position = 0;
            await package.WriteSheetAsync(i + 1, writer => WriteSheetAsync(writer, table, widths, TypedRows.ReadAsync(table, csv, cancellationToken), first: i == 0));
        }
    }

    /// <summary>The sheet's name: the file's name without its extension, within Excel's 31 characters.</summary>
    private static string SheetName(ExportTable table) => table.Name.Length <= 31 ? table.Name : table.Name[..31];

    private static async Task WriteSheetAsync(OpenXmlWriter writer, ExportTable table, double[] widths, IAsyncEnumerable<object?[]> rows, bool first)
    {
        var columns = table.Fields.Select((_, i) => ColumnName(i)).ToArray();
        var styles = table.Fields.Select(WorkbookStyles.Of).ToArray();
        writer.WriteStartElement(new Worksheet());
        // The header stays in view: the pane below row 1 scrolls, row 1 is frozen.
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0, TabSelected = first }));
        writer.WriteElement(new Columns(widths.Select((width, i) =>
            new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        for (var i = 0; i < columns.Length; i++)
            writer.WriteElement(TextCell($"{columns[i]}1", table.Fields[i].Name, WorkbookStyles.Header));
        writer.WriteEndElement();
        var number = 1;
        await foreach (var row in rows)
        {
            if (++number > MaxRows)
                throw new InvalidDataException($"{table.FileName} has more rows than a worksheet holds; use the CSV or Parquet file.");
            writer.WriteStartElement(new Row { RowIndex = (uint)number });
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is { } value)
                    writer.WriteElement(CellOf($"{columns[i]}{number}", value, styles[i]));
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Cell CellOf(string reference, object value, uint style) => value switch
    {
        long integer => NumberCell(reference, integer.ToString(CultureInfo.InvariantCulture), style),
        // "R": the shortest text that reads back as the same double, as in the CSV.
        double number => NumberCell(reference, number.ToString("R", CultureInfo.InvariantCulture), style),
        bool flag => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
        DateTime time => NumberCell(reference, SerialOf(time).ToString("R", CultureInfo.InvariantCulture), style),
        DateOnly date => NumberCell(reference, (date.DayNumber - DateOnly.FromDateTime(SpreadsheetEpoch).DayNumber).ToString(CultureInfo.InvariantCulture), style),
        _ => TextCell(reference, (string)value, style),
    };

    /// <summary>
    /// A time as a spreadsheet serial number: days since 1899-12-30, the fraction the time of day. Computed from ticks
    /// rather than <see cref="DateTime.ToOADate"/>, which cuts the microseconds the CSV keeps to milliseconds.
    /// </summary>
    private static double SerialOf(DateTime time) => (time - SpreadsheetEpoch).Ticks / (double)TimeSpan.TicksPerDay;

    private static Cell NumberCell(string reference, string value, uint style) =>
        new() { CellReference = reference, StyleIndex = style, CellValue = new CellValue(value) };

    // Inline strings: a shared-string table would have to hold every distinct text in memory until the end.
    private static Cell TextCell(string reference, string text, uint style) => new(new InlineString(new Text(XmlText(text))
    {
        Space = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? SpaceProcessingModeValues.Preserve : null,
    }))
    { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style == WorkbookStyles.Header ? style : null };

    // A control character that XML cannot carry (moderators type the labels) becomes U+FFFD rather than breaking the file.
    private static string XmlText(string text) =>
        text.All(XmlConvert.IsXmlChar) || text.Any(char.IsSurrogate)
            ? text
            : new string([.. text.Select(c => XmlConvert.IsXmlChar(c) ? c : '\uFFFD')]);

    private static async Task<double[]> WidthsAsync(ExportTable table, IAsyncEnumerable<object?[]> rows)
    {
        var widths = table.Fields.Select(f => (double)f.Name.Length).ToArray();
        await foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
                widths[i] = Math.Max(widths[i], DisplayLength(row[i]));
        }
        return [.. widths.Select(w => Math.Clamp(w + 2, MinWidth, MaxWidth))];
    }

    // About how many characters a cell shows in its format.
    private static double DisplayLength(object? value) => value switch
    {
        null => 0,
        string text => text.Length,
        long integer => integer.ToString(CultureInfo.InvariantCulture).Length,
        double number => Math.Truncate(Math.Abs(number)).ToString(CultureInfo.InvariantCulture).Length + 5,
        DateTime => 19,
        DateOnly => 10,
        _ => 5,
    };

    /// <summary>A column's letters: A .. Z, AA ...</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }
}

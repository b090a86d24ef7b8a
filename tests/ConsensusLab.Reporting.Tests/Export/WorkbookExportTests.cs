using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ConsensusLab.Reporting.Tests.Export;

/// <summary>
/// Issue 13: workbook.xlsx holds every CSV file as a sheet with a frozen header, and its cells are numbers, booleans
/// and dates of the CSV's values, never text; read back with the Open XML SDK itself.
/// </summary>
public sealed class WorkbookExportTests : IDisposable
{
    private static readonly DateTime Epoch = new(1899, 12, 30);
    private readonly ExportDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Every_CSV_file_is_a_sheet_with_a_frozen_header_and_typed_cells_equal_to_the_CSV()
    {
        await _directory.ExportSampleAsync();
        var types = await DeclaredTypesAsync();

        using var document = SpreadsheetDocument.Open(_directory.File(SessionExporter.WorkbookXlsx), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(types.Keys.Select(Path.GetFileNameWithoutExtension), sheets.Select(s => s.Name?.Value));
        foreach (var sheet in sheets)
        {
            var csvName = $"{sheet.Name}.csv";
            var csv = CsvTable.Parse(await File.ReadAllBytesAsync(_directory.File(csvName)));
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var pane = worksheet.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.GetFirstChild<Pane>()!;
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1, pane.VerticalSplit!.Value);

            var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            Assert.Equal(csv.Header, rows[0].Elements<Cell>().Select(c => c.InlineString!.InnerText));
            Assert.Equal(csv.Rows.Count, rows.Count - 1);
            for (var r = 0; r < csv.Rows.Count; r++)
            {
                var cells = rows[r + 1].Elements<Cell>().ToDictionary(c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]));
                for (var i = 0; i < csv.Header.Count; i++)
                {
                    var name = csv.Header[i];
                    var where = $"{csvName} row {r + 1} {name}";
                    var expected = csv.Rows[r][name];
                    var cell = cells.GetValueOrDefault(Column(i));
                    if (expected.Length == 0)
                        Assert.True(cell is null, $"{where}: a cell for an empty field");
                    else
                        AssertCell(types[csvName][name], expected, cell ?? throw new Xunit.Sdk.XunitException($"{where}: no cell"), where);
                }
            }
        }
    }

    [Fact]
    public async Task Shares_show_as_percentages_and_other_numbers_as_decimals()
    {
        await _directory.ExportSampleAsync();

        using var document = SpreadsheetDocument.Open(_directory.File(SessionExporter.WorkbookXlsx), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "summary");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InlineString!.InnerText).ToList();

        Assert.Equal("0.0%", FormatOf(workbook, rows, header.IndexOf("agree")));
        Assert.Equal("0.000", FormatOf(workbook, rows, header.IndexOf("position_mean")));
        Assert.Equal("0.000", FormatOf(workbook, rows, header.IndexOf("tastle_wierman")));
    }

    private static void AssertCell(string type, string expected, Cell cell, string where)
    {
        var value = cell.CellValue?.Text;
        switch (type)
        {
            case "string":
                Assert.True(cell.DataType?.Value == CellValues.InlineString, $"{where}: {cell.DataType?.Value}");
                Assert.Equal(expected, cell.InlineString!.InnerText);
                break;
            case "boolean":
                Assert.True(cell.DataType?.Value == CellValues.Boolean, $"{where}: {cell.DataType?.Value}");
                Assert.Equal(expected == "true" ? "1" : "0", value);
                break;
            default:
                // A number cell: no type, or n. Its value is the CSV's, exactly for numbers, to the microsecond for times.
                Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{where}: {cell.DataType?.Value}");
                var number = double.Parse(value!, CultureInfo.InvariantCulture);
                var csvNumber = type switch
                {
                    "datetime" => (DateTime.ParseExact(expected, ReportCsv.TimeFormat, CultureInfo.InvariantCulture) - Epoch).TotalDays,
                    "date" => (DateTime.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture) - Epoch).TotalDays,
                    _ => double.Parse(expected, CultureInfo.InvariantCulture),
                };
                var tolerance = type == "datetime" ? 1e-6 / 86_400 : 0;
                Assert.True(Math.Abs(number - csvNumber) <= tolerance, $"{where}: {number} for {expected}");
                break;
        }
    }

    private static string FormatOf(WorkbookPart workbook, List<Row> rows, int column)
    {
        var cell = rows.Skip(1).SelectMany(r => r.Elements<Cell>()).First(c => c.CellReference!.Value!.StartsWith(Column(column), StringComparison.Ordinal)
            && char.IsDigit(c.CellReference.Value[Column(column).Length]));
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!;
    }

    private static string Column(int index) => index < 26 ? $"{(char)('A' + index)}" : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";

    /// <summary>Each CSV file's column types, as datapackage.json declares them.</summary>
    private async Task<Dictionary<string, Dictionary<string, string>>> DeclaredTypesAsync()
    {
        using var package = JsonDocument.Parse(await File.ReadAllBytesAsync(_directory.File("datapackage.json")));
        return package.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(
            r => r.GetProperty("path").GetString()!,
            r => r.GetProperty("schema").GetProperty("fields").EnumerateArray()
                .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("type").GetString()!));
    }
}

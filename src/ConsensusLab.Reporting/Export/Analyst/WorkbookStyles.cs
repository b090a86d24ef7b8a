using DocumentFormat.OpenXml.Spreadsheet;

namespace ConsensusLab.Reporting;

/// <summary>
/// The workbook's cell formats, by the Table Schema type of a column: the header bold, integers without decimals,
/// numbers with three, shares as percentages, times and dates as dates. The cell keeps the full value; the format
/// only shows it.
/// </summary>
internal static class WorkbookStyles
{
    public const uint Plain = 0;
    public const uint Header = 1;
    public const uint Integer = 2;
    public const uint Decimal = 3;
    public const uint Percent = 4;
    public const uint Time = 5;
    public const uint Date = 6;

    /// <summary>The format of a column's cells.</summary>
    public static uint Of(ExportField field) => field.Type switch
    {
        FieldType.Integer => Integer,
        FieldType.Number => field.Share ? Percent : Decimal,
        FieldType.Datetime => Time,
        FieldType.Date => Date,
        _ => Plain,
    };

    // Decimal, Percent, Time and Date: custom number formats take ids from 164; Integer uses Excel's built-in 1, "0".
    private static readonly string[] FormatCodes = ["0.000", "0.0%", "yyyy-mm-dd hh:mm:ss", "yyyy-mm-dd"];

    public static Stylesheet Stylesheet()
    {
        var formats = FormatCodes.Select((code, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = code });
        return new Stylesheet(
            new NumberingFormats(formats) { Count = 4 },
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            // Excel expects the first two fills to be these two.
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(Format(0, 0)) { Count = 1 },
            // In the order of the constants above.
            new CellFormats(Format(0, 0), Format(0, 1), Format(1, 0), Format(164, 0), Format(165, 0), Format(166, 0), Format(167, 0)) { Count = 7 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold)
    {
        var font = new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        if (bold)
            font.PrependChild(new Bold());
        return font;
    }

    private static CellFormat Format(uint numberFormat, uint font) => new()
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0,
        ApplyFont = font != 0,
    };
}

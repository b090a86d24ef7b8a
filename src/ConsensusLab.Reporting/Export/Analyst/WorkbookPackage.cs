using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ConsensusLab.Reporting;

/// <summary>
/// The xlsx container, written part by part into a zip archive in create mode. The SDK's own package
/// (SpreadsheetDocument) holds every part uncompressed in memory until it is saved (System.IO.Packaging opens the
/// zip in update mode), so a large sheet would cost its whole XML in memory; written this way, a sheet streams
/// through OpenXmlWriter into the zip and only the current row is in memory.
/// </summary>
internal sealed class WorkbookPackage(Stream output) : IDisposable
{
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SpreadsheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml";

    private readonly ZipArchive _zip = new(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>The package's frame: content types, relationships, the workbook naming its sheets and the styles.
    /// The sheets themselves follow, as xl/worksheets/sheet1.xml … (<see cref="WriteSheetAsync"/>).</summary>
    public void WriteFrame(IReadOnlyList<string> sheetNames)
    {
        WriteXml("[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", ContentTypes);
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            Override(xml, "/xl/workbook.xml", $"{SpreadsheetType}.sheet.main+xml");
            Override(xml, "/xl/styles.xml", $"{SpreadsheetType}.styles+xml");
            for (var i = 1; i <= sheetNames.Count; i++)
                Override(xml, $"/xl/worksheets/sheet{i}.xml", $"{SpreadsheetType}.worksheet+xml");
        });
        WriteXml("_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", Relationships);
            Relationship(xml, "rId1", "officeDocument", "xl/workbook.xml");
        });
        WriteXml("xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", Relationships);
            for (var i = 1; i <= sheetNames.Count; i++)
                Relationship(xml, $"rId{i}", "worksheet", $"worksheets/sheet{i}.xml");
            Relationship(xml, $"rId{sheetNames.Count + 1}", "styles", "styles.xml");
        });
        WritePart("xl/workbook.xml", new Workbook(new Sheets(sheetNames.Select((name, i) =>
            new Sheet { Name = name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" }))));
        WritePart("xl/styles.xml", WorkbookStyles.Stylesheet());
    }

    /// <summary>Writes sheet <paramref name="number"/> (from 1) through <paramref name="write"/>, after the XML declaration.</summary>
    public async Task WriteSheetAsync(int number, Func<OpenXmlWriter, Task> write)
    {
        using var stream = _zip.CreateEntry($"xl/worksheets/sheet{number}.xml", CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(standalone: true);
        await write(writer);
    }

    public void Dispose() => _zip.Dispose();

    private void WritePart(string path, OpenXmlElement root)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(standalone: true);
        writer.WriteElement(root);
    }

    private void WriteXml(string path, Action<XmlWriter> write)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypes);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("Override", ContentTypes);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", Relationships);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", $"{OfficeRelationships}/{type}");
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}

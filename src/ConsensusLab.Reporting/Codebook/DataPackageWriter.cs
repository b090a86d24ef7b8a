using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsensusLab.Reporting;

/// <summary>
/// datapackage.json: a Frictionless Tabular Data Package describing every CSV of the export with its Table Schema, so
/// that frictionless validate, R's frictionless and pandas-based loaders check and type the files without guessing.
/// Labels of coded fields are given twice: as constraints.enum (Table Schema v1, which validators enforce) and as
/// categories with labels (v2), which the codebook shows.
/// </summary>
internal static class DataPackageWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Task WriteAsync(SessionArchive archive, IReadOnlyList<ExportTable> tables, Stream stream, CancellationToken cancellationToken)
    {
        var session = archive.Session;
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = $"consensuslab-{session.Code.ToLowerInvariant()}",
            ["title"] = session.Definition.Title,
            ["description"] = $"ConsensusLab export of session {session.Code}, held on {session.HeldOn:yyyy-MM-dd}. See codebook.md.",
            ["resources"] = new JsonArray([.. tables.Select(Resource)]),
        };
        return JsonSerializer.SerializeAsync(stream, package, Indented, cancellationToken);
    }

    private static JsonObject Resource(ExportTable table)
    {
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray([.. table.Fields.Select(FieldOf)]),
            ["missingValues"] = new JsonArray(""),
        };
        if (!table.PrimaryKey.IsEmpty)
            schema["primaryKey"] = Strings(table.PrimaryKey);
        if (!table.ForeignKeys.IsEmpty)
        {
            schema["foreignKeys"] = new JsonArray([.. table.ForeignKeys.Select(k => new JsonObject
            {
                ["fields"] = Strings(k.Fields),
                ["reference"] = new JsonObject { ["resource"] = k.Resource, ["fields"] = Strings(k.ReferenceFields) },
            })]);
        }
        return new JsonObject
        {
            ["name"] = table.Name,
            ["path"] = table.FileName,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["description"] = table.Description,
            ["dialect"] = new JsonObject { ["delimiter"] = ",", ["lineTerminator"] = "\r\n", ["quoteChar"] = "\"", ["doubleQuote"] = true, ["header"] = true },
            ["schema"] = schema,
        };
    }

    private static JsonObject FieldOf(ExportField field)
    {
        var json = new JsonObject
        {
            ["name"] = field.Name,
            ["type"] = field.Type.ToString().ToLowerInvariant(),
            ["description"] = field.Description,
        };
        if (field.Type == FieldType.Datetime)
            json["format"] = ReportCsv.TimePattern;
        if (field.Type == FieldType.Boolean)
        {
            json["trueValues"] = new JsonArray("true");
            json["falseValues"] = new JsonArray("false");
        }
        var constraints = new JsonObject();
        if (field.Required)
            constraints["required"] = true;
        if (field.Minimum is { } minimum)
            constraints["minimum"] = Bound(field, minimum);
        if (field.Maximum is { } maximum)
            constraints["maximum"] = Bound(field, maximum);
        if (!field.Categories.IsEmpty)
        {
            constraints["enum"] = Strings(field.Categories.Select(c => c.Value));
            json["categories"] = new JsonArray([.. field.Categories.Select(c => new JsonObject { ["value"] = c.Value, ["label"] = c.Label })]);
        }
        if (constraints.Count > 0)
            json["constraints"] = constraints;
        return json;
    }

    // An integer field's bounds are integers in the schema, as validators compare them with the parsed values.
    private static JsonValue Bound(ExportField field, double value) =>
        field.Type == FieldType.Integer ? JsonValue.Create((long)value) : JsonValue.Create(value);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}

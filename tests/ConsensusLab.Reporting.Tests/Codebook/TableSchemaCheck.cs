using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ConsensusLab.Reporting.Tests.Codebook;

/// <summary>
/// The Frictionless rules an export must pass, checked from datapackage.json as written (not from the exporter's
/// objects): the package and resource profiles, a schema for every CSV whose fields match the header in order, and every
/// cell parsed by its field's type (integer, number without exponent, boolean, datetime, date), required fields
/// present, enum and bounds kept, primary keys unique and foreign keys resolved. Returns the problems found.
/// </summary>
internal static partial class TableSchemaCheck
{
    private static readonly string[] Types = ["string", "integer", "number", "boolean", "datetime", "date"];

    public static IReadOnlyList<string> Problems(string directory)
    {
        var problems = new List<string>();
        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "datapackage.json")));
        var root = package.RootElement;
        if (root.GetProperty("profile").GetString() != "tabular-data-package")
            problems.Add("package profile is not tabular-data-package");
        if (!PackageName().IsMatch(root.GetProperty("name").GetString() ?? ""))
            problems.Add("package name is not lower-case alphanumeric with . _ -");
        var tables = new Dictionary<string, (JsonElement Resource, CsvTable Table)>(StringComparer.Ordinal);
        foreach (var resource in root.GetProperty("resources").EnumerateArray())
        {
            var path = resource.GetProperty("path").GetString()!;
            if (resource.GetProperty("profile").GetString() != "tabular-data-resource")
                problems.Add($"{path}: resource profile is not tabular-data-resource");
            tables[resource.GetProperty("name").GetString()!] = (resource, CsvTable.Parse(File.ReadAllBytes(Path.Combine(directory, path))));
        }
        foreach (var csv in Directory.GetFiles(directory, "*.csv").Select(Path.GetFileName))
            if (!tables.Values.Any(t => t.Resource.GetProperty("path").GetString() == csv))
                problems.Add($"{csv}: no resource describes it");
        foreach (var (resource, table) in tables.Values)
            problems.AddRange(Check(resource, table, tables).Select(p => $"{resource.GetProperty("path").GetString()}: {p}"));
        return problems;
    }

    private static IEnumerable<string> Check(JsonElement resource, CsvTable table, Dictionary<string, (JsonElement Resource, CsvTable Table)> tables)
    {
        var schema = resource.GetProperty("schema");
        if (!schema.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()).SequenceEqual([""]))
            yield return "missingValues is not [\"\"]";
        var fields = schema.GetProperty("fields").EnumerateArray().ToList();
        var names = fields.Select(f => f.GetProperty("name").GetString()!).ToList();
        if (!names.SequenceEqual(table.Header))
            yield return $"header {string.Join(",", table.Header)} differs from the schema's fields {string.Join(",", names)}";
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
            yield return "field names are not unique";
        foreach (var field in fields)
        {
            var name = field.GetProperty("name").GetString()!;
            var type = field.GetProperty("type").GetString()!;
            if (!Types.Contains(type))
                yield return $"{name}: type {type} is not a Table Schema type the export uses";
            if (!field.TryGetProperty("description", out var description) || string.IsNullOrWhiteSpace(description.GetString()))
                yield return $"{name}: no description";
            for (var row = 0; row < table.Rows.Count; row++)
                if (CellProblem(field, type, table.Rows[row].GetValueOrDefault(name) ?? "") is { } problem)
                    yield return $"row {row + 2}, {name}: {problem}";
        }
        foreach (var problem in KeyProblems(schema, table, tables))
            yield return problem;
    }

    private static string? CellProblem(JsonElement field, string type, string value)
    {
        var constraints = field.TryGetProperty("constraints", out var c) ? c : default;
        bool Has(string name, out JsonElement element)
        {
            element = default;
            return constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty(name, out element);
        }
        if (value.Length == 0)
            return Has("required", out var required) && required.GetBoolean() ? "required but empty" : null;
        double? number = null;
        switch (type)
        {
            case "integer" when !Integer().IsMatch(value):
                return $"'{value}' is not an integer";
            case "number" when !Decimal().IsMatch(value):
                return $"'{value}' is not a plain decimal number";
            case "integer" or "number":
                number = double.Parse(value, CultureInfo.InvariantCulture);
                break;
            case "boolean" when !field.GetProperty("trueValues").EnumerateArray().Concat(field.GetProperty("falseValues").EnumerateArray())
                .Any(v => v.GetString() == value):
                return $"'{value}' is not one of the boolean values";
            case "datetime" when field.GetProperty("format").GetString() != "%Y-%m-%dT%H:%M:%S.%fZ"
                || !DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                return $"'{value}' is not a datetime in the declared format";
            case "date" when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                return $"'{value}' is not a date";
        }
        if (Has("enum", out var allowed) && !allowed.EnumerateArray().Any(v => v.GetString() == value))
            return $"'{value}' is not among the field's categories";
        if (number is { } n && Has("minimum", out var minimum) && n < minimum.GetDouble())
            return $"{value} is below the minimum {minimum}";
        if (number is { } m && Has("maximum", out var maximum) && m > maximum.GetDouble())
            return $"{value} is above the maximum {maximum}";
        return null;
    }

    private static IEnumerable<string> KeyProblems(JsonElement schema, CsvTable table, Dictionary<string, (JsonElement Resource, CsvTable Table)> tables)
    {
        if (schema.TryGetProperty("primaryKey", out var primaryKey))
        {
            var key = primaryKey.EnumerateArray().Select(k => k.GetString()!).ToList();
            var duplicates = table.Rows.GroupBy(r => string.Join("\u001f", key.Select(k => r[k]))).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            if (duplicates.Count > 0)
                yield return $"primary key ({string.Join(", ", key)}) repeats: {duplicates[0]}";
        }
        if (!schema.TryGetProperty("foreignKeys", out var foreignKeys))
            yield break;
        foreach (var foreignKey in foreignKeys.EnumerateArray())
        {
            var fields = foreignKey.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
            var reference = foreignKey.GetProperty("reference");
            var target = tables[reference.GetProperty("resource").GetString()!].Table;
            var targetFields = reference.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
            var known = target.Rows.Select(r => string.Join("\u001f", targetFields.Select(f => r[f]))).ToHashSet(StringComparer.Ordinal);
            // A row with a missing value in the key refers to nothing, which the rules allow.
            foreach (var row in table.Rows.Where(r => fields.All(f => r[f].Length > 0)))
                if (!known.Contains(string.Join("\u001f", fields.Select(f => row[f]))))
                    yield return $"({string.Join(", ", fields.Select(f => row[f]))}) is not in {reference.GetProperty("resource").GetString()}";
        }
    }

    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex PackageName();

    [GeneratedRegex("^-?[0-9]+$")]
    private static partial Regex Integer();

    // What R, pandas and Excel all read as a number: no exponent, no NaN or infinity, no leading '+'.
    [GeneratedRegex("^-?[0-9]+(\\.[0-9]+)?$")]
    private static partial Regex Decimal();
}

using System.Globalization;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace ConsensusLab.Reporting.Tests.Export;

/// <summary>Issue 13: every CSV file also comes as Parquet, typed by its Table Schema, holding the same cells.</summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly ExportDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Every_CSV_file_has_a_Parquet_twin_with_the_schema_types_and_the_same_cells()
    {
        await _directory.ExportSampleAsync();

        foreach (var resource in await ResourcesAsync())
        {
            var csv = CsvTable.Parse(await File.ReadAllBytesAsync(_directory.File(resource.Path)));
            var (fields, columns) = await ReadAsync(_directory.File(Path.ChangeExtension(resource.Path, ".parquet")));

            Assert.Equal(resource.Fields.Select(f => f.Name), fields.Select(f => f.Name));
            foreach (var (field, declared) in fields.Zip(resource.Fields))
            {
                Assert.True(ClrTypeOf(declared.Type) == field.ClrType, $"{resource.Path} {field.Name}: {field.ClrType} for {declared.Type}");
                Assert.True(field.IsNullable != declared.Required, $"{resource.Path} {field.Name}: nullable {field.IsNullable}, required {declared.Required}");
            }
            // The sample links no question across sessions, so its comparison file alone has no rows.
            Assert.True(csv.Rows.Count > 0 || resource.Path == SessionExporter.ComparisonCsv, resource.Path);
            Assert.All(columns, column => Assert.Equal(csv.Rows.Count, column.Length));
            for (var row = 0; row < csv.Rows.Count; row++)
            {
                for (var i = 0; i < fields.Count; i++)
                    Assert.True(csv.Rows[row][fields[i].Name] == columns[i][row], $"{resource.Path} row {row + 1} {fields[i].Name}: CSV '{csv.Rows[row][fields[i].Name]}', Parquet '{columns[i][row]}'");
            }
        }
    }

    [Fact]
    public async Task A_session_without_answers_gives_Parquet_files_with_their_columns_and_no_rows()
    {
        await _directory.ExportAsync(new TestArchive().Question(TestArchive.Likert("q1")).Build());

        var (fields, columns) = await ReadAsync(_directory.File("answers.parquet"));

        Assert.Equal("sequence", fields[0].Name);
        Assert.All(columns, column => Assert.Empty(column));
    }

    private static Type ClrTypeOf(string tableSchemaType) => tableSchemaType switch
    {
        "integer" => typeof(long),
        "number" => typeof(double),
        "boolean" => typeof(bool),
        "datetime" => typeof(DateTime),
        "date" => typeof(DateOnly),
        // Parquet.Net 6 reads UTF-8 text as characters without a string per cell unless asked for strings.
        _ => typeof(ReadOnlyMemory<char>),
    };

    /// <summary>Each column of every row group, as the CSV writes its values: so a cell compares as text, exactly.</summary>
    private static async Task<(IReadOnlyList<DataField> Fields, string[][] Columns)> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.DataFields;
        var columns = fields.Select(_ => new List<string>()).ToArray();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            for (var i = 0; i < fields.Length; i++)
                columns[i].AddRange(await ColumnAsync(group, fields[i]));
        }
        return (fields, [.. columns.Select(c => c.ToArray())]);
    }

    private static async Task<IEnumerable<string>> ColumnAsync(ParquetRowGroupReader group, DataField field)
    {
        var count = (int)group.RowCount;
        if (field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var values = new string?[count];
            await group.ReadAsync(field, values);
            return values.Select(v => v ?? "");
        }
        return field.ClrType switch
        {
            var t when t == typeof(long) => await ColumnAsync<long>(group, field, v => v.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(double) => await ColumnAsync<double>(group, field, v => v.ToString(ReportCsv.FixedFormat(v), CultureInfo.InvariantCulture)),
            var t when t == typeof(bool) => await ColumnAsync<bool>(group, field, v => v ? "true" : "false"),
            var t when t == typeof(DateTime) => await ColumnAsync<DateTime>(group, field, v => v.ToString(ReportCsv.TimeFormat, CultureInfo.InvariantCulture)),
            var t when t == typeof(DateOnly) => await ColumnAsync<DateOnly>(group, field, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => throw new InvalidDataException($"Unexpected column type {field.ClrType}."),
        };
    }

    private static async Task<IEnumerable<string>> ColumnAsync<T>(ParquetRowGroupReader group, DataField field, Func<T, string> format) where T : struct
    {
        // A required column is read as such: once in a dozen runs, reading one into nullable slots gave a null that the
        // file cannot hold (a required column has no definition levels), a reader-side fault of Parquet.Net 6.1.0.
        if (!field.IsNullable)
        {
            var required = new T[(int)group.RowCount];
            await group.ReadAsync<T>(field, required);
            return required.Select(format);
        }
        var values = new T?[(int)group.RowCount];
        await group.ReadAsync<T>(field, values);
        return values.Select(v => v is { } value ? format(value) : "");
    }

    private async Task<IReadOnlyList<Resource>> ResourcesAsync()
    {
        using var package = JsonDocument.Parse(await File.ReadAllBytesAsync(_directory.File("datapackage.json")));
        return [.. package.RootElement.GetProperty("resources").EnumerateArray().Select(r => new Resource(
            r.GetProperty("path").GetString()!,
            [.. r.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => new DeclaredField(
                f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!,
                f.TryGetProperty("constraints", out var c) && c.TryGetProperty("required", out var required) && required.GetBoolean()))]))];
    }

    private sealed record Resource(string Path, IReadOnlyList<DeclaredField> Fields);

    private sealed record DeclaredField(string Name, string Type, bool Required);
}

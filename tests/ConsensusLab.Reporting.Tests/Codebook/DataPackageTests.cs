using System.Text.Json;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting.Tests.Codebook;

public sealed class DataPackageTests : IDisposable
{
    private readonly ExportDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Every_CSV_file_parses_column_by_column_as_its_Table_Schema_declares()
    {
        await _directory.ExportSampleAsync();

        Assert.Empty(TableSchemaCheck.Problems(_directory.Path));
    }

    [Fact]
    public async Task An_answer_from_a_group_the_catalogue_no_longer_lists_still_keeps_its_schema()
    {
        // Academia is not in the default catalogue: like a group removed after answering.
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        archive.Answered("ACA", "q1", new AnswerValue(Choice: 3));
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 4));

        await _directory.ExportAsync(archive.Build());

        Assert.Empty(TableSchemaCheck.Problems(_directory.Path));
    }

    [Fact]
    public async Task The_package_describes_every_CSV_and_no_other_file()
    {
        await _directory.ExportSampleAsync();

        using var package = JsonDocument.Parse(await File.ReadAllBytesAsync(_directory.File("datapackage.json")));
        var paths = package.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString());
        Assert.Equal(SessionExporter.FileNames.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)), paths);
    }

    [Fact]
    public async Task The_check_finds_a_value_that_breaks_its_declared_type()
    {
        await _directory.ExportSampleAsync();
        var path = _directory.File("summary.csv");
        var lines = await File.ReadAllLinesAsync(path);
        // The first row's respondents column (the sixth) holds an exponent, as the files once did.
        var cells = lines[1].Split(',');
        cells[5] = "5.55E-17";
        lines[1] = string.Join(',', cells);
        await File.WriteAllLinesAsync(path, lines);

        var problem = Assert.Single(TableSchemaCheck.Problems(_directory.Path));
        Assert.Contains("respondents", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coded_fields_carry_their_categories_with_labels()
    {
        using var stream = new MemoryStream();
        await SessionExporter.WriteAsync("datapackage.json", SampleArchive.Build(), stream, CancellationToken.None);

        using var package = JsonDocument.Parse(stream.ToArray());
        var summary = package.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "summary");
        var group = summary.GetProperty("schema").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "group");
        Assert.Equal(["overall", "GOV", "IGO", "PS", "CS", "TC", "OTHER"],
            group.GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Government", group.GetProperty("categories")[1].GetProperty("label").GetString());
        Assert.Equal([""], summary.GetProperty("schema").GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()));
    }
}

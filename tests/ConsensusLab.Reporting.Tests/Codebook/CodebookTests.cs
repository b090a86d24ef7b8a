namespace ConsensusLab.Reporting.Tests.Codebook;

public sealed class CodebookTests : IDisposable
{
    private readonly ExportDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private async Task<string> ExportAsync()
    {
        await _directory.ExportSampleAsync();
        return await File.ReadAllTextAsync(_directory.File("codebook.md"));
    }

    [Fact]
    public async Task Every_column_of_every_CSV_file_is_described_in_its_files_section()
    {
        var codebook = await ExportAsync();

        foreach (var path in Directory.GetFiles(_directory.Path, "*.csv"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var start = codebook.IndexOf($"\n## {name}\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no section for {name}");
            var end = codebook.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var section = codebook[start..(end < 0 ? codebook.Length : end)];
            foreach (var column in CsvTable.Parse(await File.ReadAllBytesAsync(path)).Header)
                Assert.Contains($"| `{column}` |", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_question_lists_its_codes_from_one_with_their_labels()
    {
        var codebook = await ExportAsync();

        Assert.Contains("### q1 (likert)\n\nPrompt q1\n\n- 1 = Strongly disagree\n- 2 = Disagree\n", codebook, StringComparison.Ordinal);
        Assert.Contains("### priorities (ranking)\n\nPrompt priorities\n\n- 1 = ICANN\n- 2 = IGF\n- 3 = ITU\n", codebook, StringComparison.Ordinal);
        Assert.Contains("- 20 = 0.9 to 1.0 inclusive\n", codebook, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coded_columns_show_their_categories_and_labels()
    {
        var codebook = await ExportAsync();

        Assert.Contains("`equalFooting` = equal footing; `headcount` = headcount; `custom` = custom", codebook, StringComparison.Ordinal);
        Assert.Contains("`GOV` = Government", codebook, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("codebook.md", "text/markdown; charset=utf-8")]
    [InlineData("datapackage.json", "application/json; charset=utf-8")]
    [InlineData("distributions.csv", "text/csv; charset=utf-8")]
    public void The_new_files_have_their_media_types(string fileName, string contentType) =>
        Assert.Equal(contentType, SessionExporter.ContentTypeOf(fileName));
}

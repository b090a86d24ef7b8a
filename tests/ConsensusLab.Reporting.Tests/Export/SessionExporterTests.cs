using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Reporting.Tests.Export;

public sealed class SessionExporterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"consensuslab-export-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    private static SessionArchive Archive()
    {
        var archive = new TestArchive().Question(TestArchive.Likert("q1"));
        archive.Answered("GOV", "q1", new AnswerValue(Choice: 3));
        return archive.Build();
    }

    [Fact]
    public async Task Export_writes_every_file_into_a_directory_it_creates()
    {
        var target = Path.Combine(_directory, "nested", "out");

        var written = await SessionExporter.ExportAsync(Archive(), target, CancellationToken.None);

        Assert.Equal(["answers.csv", "answer_items.csv", "questions.csv", "codes.csv", "summary.csv", "distributions.csv", "rankings.csv", "round_changes.csv", "agreement.csv",
            "summary.json", "participation.csv", "igf_report_line.csv", "participation.json", "timeline.csv", "comparison.csv", "statements.csv", "votes.csv", "statement_figures.csv", "opinion_groups.csv", "datapackage.json", "codebook.md",
            "answers.parquet", "answer_items.parquet", "questions.parquet", "codes.parquet", "summary.parquet", "distributions.parquet", "rankings.parquet",
            "round_changes.parquet", "agreement.parquet", "participation.parquet", "igf_report_line.parquet", "timeline.parquet", "comparison.parquet",
            "statements.parquet", "votes.parquet", "statement_figures.parquet", "opinion_groups.parquet",
            "workbook.xlsx"],
            written.Select(Path.GetFileName));
        Assert.All(written, path => Assert.True(new FileInfo(path).Length > 0, path));
    }

    [Fact]
    public async Task Export_replaces_files_of_an_earlier_export()
    {
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(Path.Combine(_directory, "answers.csv"), new string('x', 100_000));

        await SessionExporter.ExportAsync(Archive(), _directory, CancellationToken.None);

        Assert.DoesNotContain("xxx", await File.ReadAllTextAsync(Path.Combine(_directory, "answers.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_to_a_path_that_cannot_be_a_directory_fails_with_an_IO_error()
    {
        Directory.CreateDirectory(_directory);
        var file = Path.Combine(_directory, "a-file");
        await File.WriteAllTextAsync(file, "");

        await Assert.ThrowsAnyAsync<IOException>(() => SessionExporter.ExportAsync(Archive(), Path.Combine(file, "out"), CancellationToken.None));
    }

    [Theory]
    [InlineData("answers.csv", "text/csv; charset=utf-8")]
    [InlineData("summary.json", "application/json; charset=utf-8")]
    [InlineData("summary.parquet", "application/vnd.apache.parquet")]
    [InlineData("workbook.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public void Each_file_has_its_media_type(string fileName, string contentType) =>
        Assert.Equal(contentType, SessionExporter.ContentTypeOf(fileName));

    [Fact]
    public async Task A_file_can_be_written_to_a_stream_by_name_and_the_stream_is_left_open()
    {
        using var stream = new MemoryStream();

        await SessionExporter.WriteAsync("summary.csv", Archive(), stream, CancellationToken.None);

        Assert.True(stream.CanWrite);
        Assert.True(stream.Length > 0);
    }

    [Theory]
    [InlineData("answers.parquet")]
    [InlineData("workbook.xlsx")]
    public async Task A_Parquet_file_or_the_workbook_can_be_written_to_a_stream_that_cannot_seek(string fileName)
    {
        using var stream = new ForwardOnlyStream();

        await SessionExporter.WriteAsync(fileName, Archive(), stream, CancellationToken.None);

        Assert.True(stream.Length > 0);
    }

    [Fact]
    public async Task A_name_that_is_not_an_export_file_is_refused()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(() => SessionExporter.WriteAsync("../etc/passwd", Archive(), stream, CancellationToken.None));
    }

    /// <summary>Like an HTTP response body: written forward only, never sought.</summary>
    private sealed class ForwardOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}

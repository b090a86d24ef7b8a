namespace ConsensusLab.Cli.Tests.Commands;

/// <summary><c>consensuslab report</c>: the rapporteur's report as HTML or PDF, and one-line errors (issue 13).</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly SeededDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private string Target(string file) => Path.Combine(_database.Root, file);

    private Task<CliRun> Report(string[] options, IReadOnlyDictionary<string, string>? environment = null) =>
        CliRun.RunAsync(["report", "--session", SeededDatabase.Code, "--database", _database.DatabasePath, .. options], environment);

    [Fact]
    public async Task Report_writes_one_html_file_in_the_language_asked_for()
    {
        await _database.SeedWorkshopAsync();
        var target = Target("report.html");

        var run = await Report(["--out", target, "--lang", "ar"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"Wrote {target}"], run.OutputLines);
        var html = await File.ReadAllTextAsync(target);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_chromium_the_pdf_is_refused_in_one_line_naming_the_setting()
    {
        await _database.SeedWorkshopAsync();

        var run = await Report(["--out", Target("report.pdf"), "--pdf"],
            new Dictionary<string, string> { ["Reporting__ChromiumPath"] = "/nonexistent/chromium" });

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("consensuslab: PDF needs Chromium, which is not installed at /nonexistent/chromium", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Target("report.pdf")));
    }

    [Fact]
    public async Task An_unknown_language_is_refused_before_anything_is_read()
    {
        var run = await Report(["--lang", "de"]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("de", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_session_is_one_line()
    {
        await _database.SeedWorkshopAsync();

        var run = await CliRun.RunAsync(["report", "--session", "ZZZZZZ", "--database", _database.DatabasePath]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("consensuslab: No session ZZZZZZ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}

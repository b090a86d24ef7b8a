using System.Text.Json;
using System.Text.RegularExpressions;
using ConsensusLab.Reporting;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>Issue 13: the codebook and the data package are served with the files, and the console lists every file.</summary>
public sealed partial class ExportEndpointsTests
{
    [Fact]
    public async Task The_data_package_and_the_codebook_are_served_beside_the_files()
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        await server.AnswerOkAsync(code, "agree", await server.JoinAsync(code, "GOV"), new { requestId = "a1", choice = 3 });

        var package = await server.ModeratorAsync(HttpMethod.Get, code, "exports/datapackage.json");
        var codebook = await server.ModeratorAsync(HttpMethod.Get, code, "exports/codebook.md");

        Assert.Equal("application/json", package.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await package.Content.ReadAsStringAsync());
        Assert.Equal("tabular-data-package", json.RootElement.GetProperty("profile").GetString());
        Assert.Equal(SessionExporter.FileNames.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)),
            json.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()));
        Assert.Equal("text/markdown", codebook.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# Codebook:", await codebook.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("answers.parquet", "application/vnd.apache.parquet", "PAR1")]
    [InlineData("workbook.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK")]
    public async Task Parquet_files_and_the_workbook_are_served_with_their_media_types(string file, string mediaType, string magic)
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        await server.AnswerOkAsync(code, "agree", await server.JoinAsync(code, "GOV"), new { requestId = "a1", choice = 3 });

        var response = await server.ModeratorAsync(HttpMethod.Get, code, $"exports/{file}");

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(magic, System.Text.Encoding.ASCII.GetString(body, 0, magic.Length));
    }

    [Fact]
    public async Task The_console_lists_every_export_file()
    {
        await using var server = new ConsensusServer();

        var script = await server.Client.GetStringAsync("/js/console.js");

        var list = ExportsConstant().Match(script);
        Assert.True(list.Success, "console.js has no EXPORTS constant");
        // The Parquet files are for scripts, fetched by name; the workbook is for people, so the console links it.
        Assert.Equal([.. SessionExporter.FileNames, SessionExporter.WorkbookXlsx], FileName().Matches(list.Groups[1].Value).Select(m => m.Groups[1].Value));
    }

    [GeneratedRegex(@"const EXPORTS = \[(.*?)\];", RegexOptions.Singleline)]
    private static partial Regex ExportsConstant();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex FileName();
}

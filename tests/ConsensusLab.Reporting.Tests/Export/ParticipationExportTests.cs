using System.Text.Json;
using ConsensusLab.Domain.Participants;

namespace ConsensusLab.Reporting.Tests.Export;

public sealed class ParticipationExportTests
{
    private static TestArchive Archive()
    {
        var archive = new TestArchive();
        archive.Join("GOV", "NP", Attendance.Online, Gender.Female, "25-29");
        archive.Join("IGO", "CH", Attendance.Onsite, Gender.Male, "40-49");
        archive.Join("CS", "DE", Attendance.Onsite);
        return archive;
    }

    [Fact]
    public async Task The_CSV_has_a_row_per_figure_with_count_basis_and_share()
    {
        var table = await CsvTable.WriteAndParse(s => SessionExporter.WriteParticipationCsvAsync(Archive().Build(), s, CancellationToken.None));

        Assert.Equal(["section", "code", "name", "count", "basis", "share"], table.Header);
        var rows = table.Rows.ToDictionary(r => (r["section"], r["code"]));
        Assert.Equal(("3", "3", "1.0000"), Figure(rows[("total", "total")]));
        Assert.Equal(("1", "2", "0.5000"), Figure(rows[("gender", "female")]));
        Assert.Equal(("1", "3", "0.3333"), Figure(rows[("gender", "not_declared")]));
        Assert.Equal(("1", "2", "0.5000"), Figure(rows[("age", "young")]));
        Assert.Equal("Young (under 30)", rows[("age", "young")]["name"]);
        Assert.Equal(("1", "3", "0.3333"), Figure(rows[("development", "ldc")]));
        Assert.Equal(("1", "3", "0.3333"), Figure(rows[("attendance", "online")]));
        Assert.Equal(("0", "3", "0.0000"), Figure(rows[("stakeholder_group", "TC")]));
        Assert.Equal(("1", "3", "0.3333"), Figure(rows[("regional_group", "Intergovernmental Organizations")]));
        // The LDC list used: the session's day, the bundled list's date, the table, and Bangladesh's pending date.
        Assert.Equal("2026-11-23", rows[("ldc_list", "as_of")]["name"]);
        Assert.Equal("2024-12-13", rows[("ldc_list", "base_list")]["name"]);
        Assert.Equal("bundled", rows[("ldc_list", "graduation_table")]["name"]);
        Assert.StartsWith("Bangladesh: 2029-11-24 (", rows[("ldc_list", "pending:BD")]["name"], StringComparison.Ordinal);
        Assert.Equal(2 + 5 + 2 + 4 + 2 + 6 + 7 + 4, table.Rows.Count - 1);
    }

    [Fact]
    public async Task The_CSV_ends_with_the_IGF_report_line()
    {
        var table = await CsvTable.WriteAndParse(s => SessionExporter.WriteParticipationCsvAsync(Archive().Build(), s, CancellationToken.None));

        var last = table.Rows[^1];
        Assert.Equal("igf_report_line", last["section"]);
        Assert.Equal("female male young developing developed LDC total", last["code"]);
        Assert.Equal("1 1 1 0 2 1 3", last["name"]);
        Assert.Equal("", last["count"]);
    }

    [Fact]
    public async Task The_JSON_gives_every_figure_with_its_basis_and_share()
    {
        using var stream = new MemoryStream();
        await SessionExporter.WriteParticipationJsonAsync(Archive().Build(), stream, CancellationToken.None);
        var root = JsonDocument.Parse(stream.ToArray()).RootElement;

        Assert.Equal("1 1 1 0 2 1 3", root.GetProperty("igfReportLine").GetString());
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        var female = root.GetProperty("gender").GetProperty("female");
        Assert.Equal(1, female.GetProperty("count").GetInt32());
        Assert.Equal(2, female.GetProperty("basis").GetInt32());
        Assert.Equal(0.5, female.GetProperty("share").GetDouble());
        Assert.Equal(30, root.GetProperty("age").GetProperty("youngUnderAge").GetInt32());
        Assert.Equal(1, root.GetProperty("development").GetProperty("leastDeveloped").GetProperty("count").GetInt32());
        Assert.Equal(6, root.GetProperty("stakeholderGroups").GetArrayLength());
        Assert.Equal(7, root.GetProperty("regionalGroups").GetArrayLength());
        Assert.Equal("2026-11-23", root.GetProperty("heldOn").GetString());
    }

    [Fact]
    public async Task A_share_without_basis_is_null_in_JSON_and_empty_in_CSV()
    {
        var archive = new TestArchive();
        archive.Join("CS");

        using var stream = new MemoryStream();
        await SessionExporter.WriteParticipationJsonAsync(archive.Build(), stream, CancellationToken.None);
        var female = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("gender").GetProperty("female");
        var table = await CsvTable.WriteAndParse(s => SessionExporter.WriteParticipationCsvAsync(archive.Build(), s, CancellationToken.None));

        Assert.Equal(JsonValueKind.Null, female.GetProperty("share").ValueKind);
        Assert.Equal("", table.Rows.Single(r => r["code"] == "female")["share"]);
    }

    private static (string, string, string) Figure(IReadOnlyDictionary<string, string> row) => (row["count"], row["basis"], row["share"]);
}

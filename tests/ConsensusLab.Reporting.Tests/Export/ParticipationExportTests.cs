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
        const string Third = "0.3333333333333333";
        Assert.Equal(("3", "3", "1"), Figure(rows[("total", "total")]));
        Assert.Equal(("1", "2", "0.5"), Figure(rows[("gender", "female")]));
        Assert.Equal(("1", "3", Third), Figure(rows[("gender", "not_declared")]));
        Assert.Equal(("1", "2", "0.5"), Figure(rows[("age", "young")]));
        Assert.Equal("Young (under 30)", rows[("age", "young")]["name"]);
        Assert.Equal(("1", "3", Third), Figure(rows[("development", "ldc")]));
        Assert.Equal(("1", "3", Third), Figure(rows[("attendance", "online")]));
        Assert.Equal(("0", "3", "0"), Figure(rows[("stakeholder_group", "TC")]));
        Assert.Equal(("1", "3", Third), Figure(rows[("regional_group", "Intergovernmental Organizations")]));
        Assert.Equal(2 + 5 + 2 + 4 + 2 + 6 + 7, table.Rows.Count);
    }

    // Issue 13: the report line was crammed into the code and name columns of participation.csv's last row.
    [Fact]
    public async Task The_IGF_report_line_is_its_own_file_with_a_number_per_column()
    {
        var table = await CsvTable.WriteAndParse(s => SessionExporter.WriteAsync("igf_report_line.csv", Archive().Build(), s, CancellationToken.None));

        Assert.Equal(["session", "held_on", "female", "male", "young", "developing", "developed", "ldc", "total"], table.Header);
        var row = Assert.Single(table.Rows);
        Assert.Equal([TestArchive.Code, "2026-11-23", "1", "1", "1", "0", "2", "1", "3"], table.Header.Select(h => row[h]));
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
        // The LDC list used (no longer rows of the CSV): the session's day, the bundled list's date, the table, Bangladesh pending.
        var ldc = root.GetProperty("ldcList");
        Assert.Equal("2026-11-23", ldc.GetProperty("asOf").GetString());
        Assert.Equal("2024-12-13", ldc.GetProperty("baseList").GetString());
        Assert.Equal("bundled", ldc.GetProperty("table").GetString());
        Assert.Contains(ldc.GetProperty("pending").EnumerateArray(), p => p.GetProperty("iso2").GetString() == "BD");
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

using System.Text.Json;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using CsvHelper;

namespace ConsensusLab.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private static readonly string[] Files =
    [
        "answers.csv", "answer_items.csv", "questions.csv", "codes.csv", "summary.csv", "distributions.csv", "rankings.csv", "round_changes.csv", "agreement.csv", "summary.json",
        "participation.csv", "igf_report_line.csv", "participation.json", "timeline.csv", "comparison.csv", "statements.csv", "votes.csv", "statement_figures.csv", "opinion_groups.csv", "datapackage.json", "codebook.md",
        // Issue 13: each CSV file as Parquet, then the workbook.
        "answers.parquet", "answer_items.parquet", "questions.parquet", "codes.parquet", "summary.parquet", "distributions.parquet",
        "rankings.parquet", "round_changes.parquet", "agreement.parquet", "participation.parquet", "igf_report_line.parquet", "timeline.parquet",
        "comparison.parquet", "statements.parquet", "votes.parquet", "statement_figures.parquet", "opinion_groups.parquet", "workbook.xlsx",
    ];
    private readonly SeededDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private Task<CliRun> Export(string code = SeededDatabase.Code, string? database = null, string? output = null) =>
        CliRun.RunAsync(["export", "--session", code, "--out", output ?? _database.Out, "--database", database ?? _database.DatabasePath]);

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var csv = CsvReader.Create(File.OpenRead(path));
        var header = csv.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(header.Select((name, i) => (name, value: csv.GetString(i))).ToDictionary(f => f.name, f => f.value));
        return rows;
    }

    [Fact]
    public async Task Export_writes_every_file_and_prints_one_line_per_file()
    {
        await _database.SeedWorkshopAsync();

        var run = await Export();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(Files.Select(f => $"Wrote {Path.Combine(_database.Out, f)}"), run.OutputLines);
        Assert.All(Files, f => Assert.True(File.Exists(Path.Combine(_database.Out, f)), f));
    }

    [Fact]
    public async Task Comparison_file_compares_every_linked_session_in_the_database()
    {
        await _database.SeedWorkshopAsync();
        await _database.SeedAsync(async grains =>
        {
            // A later session that asked the same position question, without any key: the file holds every session.
            await SeededDatabase.CreateSessionAsync(grains, "N8PW3R", "The same workshop a year on");
            var axis = grains.GetGrain<IQuestionGrain>(GrainKeys.Question("N8PW3R", "axis"));
            await axis.Open();
            var government = await SeededDatabase.JoinAsync(grains, "N8PW3R", new ParticipantProfile("GOV", "KE", Attendance.Onsite));
            await axis.Submit(new AnswerCommand(government, "GOV", "1", new AnswerValue(Position: 0.2)));
            await axis.LinkSeries("workshop-axis");
            await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(SeededDatabase.Code, "axis")).LinkSeries("workshop-axis");
        });

        await Export();

        var rows = ReadCsv(Path.Combine(_database.Out, "comparison.csv"));
        var change = Assert.Single(rows, r => r["row_kind"] == "change" && r["group"] == "overall" && r["scheme"] == "headcount");
        Assert.Equal((SeededDatabase.Code, "N8PW3R", "workshop-axis"), (change["compared_with"], change["session"], change["series"]));
        // Both sessions are held on the same day, so the codes order them: K7MQ2X (0.6 and −0.4, mean 0.1), then N8PW3R (0.2).
        Assert.Equal(0.1, double.Parse(change["value"], System.Globalization.CultureInfo.InvariantCulture), 12);
        // One government respondent in each session: withheld under the default privacy threshold, as on the meters.
        Assert.All(rows.Where(r => r["group"] == "GOV" && r["row_kind"] == "estimate"), r => Assert.Equal(("true", ""), (r["suppressed"], r["value"])));
    }

    [Fact]
    public async Task The_answers_file_holds_every_ledger_entry_with_the_superseded_one_marked()
    {
        await _database.SeedWorkshopAsync();

        await Export();

        var rows = ReadCsv(Path.Combine(_database.Out, "answers.csv"));
        Assert.Equal(6, rows.Count);
        Assert.Equal(["current", "superseded", "current", "current", "current", "current"], rows.Select(r => r["status"]));
        Assert.Equal(["Strongly agree", "Agree", "Strongly disagree", "Agree", "", ""], rows.Select(r => r["answer_label"]));
        Assert.Equal(["5", "4", "1", "4", "", ""], rows.Select(r => r["answer_code"]));
        Assert.Equal(["", "", "", "", "0.6", "-0.4"], rows.Select(r => r["position"]));
        Assert.Equal(["African Group", "Western European and Others Group", "Western European and Others Group",
            "Intergovernmental Organizations", "African Group", "Western European and Others Group"], rows.Select(r => r["regional_group"]));
        Assert.All(rows, r => Assert.StartsWith("P-", r["participant"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_summary_is_recomputed_from_the_current_answers()
    {
        await _database.SeedWorkshopAsync();

        await Export();

        var rows = ReadCsv(Path.Combine(_database.Out, "summary.csv"));
        Assert.Equal(2 * 3 * 7, rows.Count);
        var headcount = rows.Single(r => r["question"] == "trust" && r["scheme"] == "headcount" && r["group"] == "overall");
        Assert.Equal("3", headcount["respondents"]);
        Assert.Equal("0.6666666666666666", headcount["agree"]);
        Assert.Equal("0.3333333333333333", headcount["disagree"]);
        var axis = rows.Single(r => r["question"] == "axis" && r["scheme"] == "headcount" && r["group"] == "overall");
        Assert.Equal(0.1, double.Parse(axis["position_mean"], System.Globalization.CultureInfo.InvariantCulture), 12);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_database.Out, "summary.json")));
        Assert.Equal(SeededDatabase.Code, json.RootElement.GetProperty("sessionCode").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public async Task The_participation_figures_count_the_joined_participants_on_the_session_date()
    {
        await _database.SeedWorkshopAsync();

        await Export();

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_database.Out, "participation.json")));
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.Equal("2026-11-23", root.GetProperty("heldOn").GetString());
        // Female 1, male 1, young 1 (25-29), developing 1 (Kenya), developed 2 (Germany, Switzerland), LDC 0, total 3.
        Assert.Equal("1 1 1 1 2 0 3", root.GetProperty("igfReportLine").GetString());
        var participation = ReadCsv(Path.Combine(_database.Out, "participation.csv"));
        Assert.Equal("1", participation.Single(r => r["section"] == "regional_group" && r["code"] == "Intergovernmental Organizations")["count"]);
    }

    /// <summary>Exports the seeded workshop with a graduation table of one row given by --ldc-graduations.</summary>
    private async Task<(CliRun Run, string Table)> ExportWithLdcTableAsync(string row)
    {
        await _database.SeedWorkshopAsync();
        var table = Path.Combine(Directory.CreateTempSubdirectory("consensuslab-ldc-").FullName, "ldc.csv");
        await File.WriteAllTextAsync(table, $"iso2,name,graduation,decision,source\n{row}\n");
        var run = await CliRun.RunAsync(["export", "--session", SeededDatabase.Code, "--out", _database.Out, "--database",
            _database.DatabasePath, "--ldc-graduations", table]);
        return (run, table);
    }

    [Fact]
    public async Task An_LDC_graduation_table_given_on_the_command_line_is_used_and_named()
    {
        var (run, table) = await ExportWithLdcTableAsync("NP,Nepal,2026-01-01,decided,For the test");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_database.Out, "participation.json")));
        var list = json.RootElement.GetProperty("ldcList");
        Assert.Equal(Path.GetFullPath(table), list.GetProperty("table").GetString());
        Assert.Equal("NP", list.GetProperty("graduated")[0].GetProperty("iso2").GetString());
    }

    [Fact]
    public async Task A_malformed_LDC_graduation_table_is_refused_with_its_line()
    {
        var (run, _) = await ExportWithLdcTableAsync("NP,Nepal,soon,decided,For the test");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_database.Out, "participation.json")));
    }

    [Fact]
    public async Task A_session_code_typed_in_lower_case_is_found()
    {
        await _database.SeedWorkshopAsync();

        var run = await Export(code: " k7mq2x ");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task An_unknown_session_is_one_line_on_stderr_and_a_failure_exit_code()
    {
        await _database.SeedWorkshopAsync();

        var run = await Export(code: "ZZZZZZ");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("consensuslab: No session ZZZZZZ in ", line, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
        Assert.False(Directory.Exists(_database.Out));
    }

    [Fact]
    public async Task A_missing_database_is_reported_and_not_created()
    {
        var missing = Path.Combine(_database.Root, "nowhere", "consensuslab.db");

        var run = await Export(database: missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"consensuslab: No database at {missing}: give its path with --database or set Storage__Path.", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(missing));
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    [Fact]
    public async Task An_unwritable_output_directory_is_one_line_on_stderr_and_a_failure_exit_code()
    {
        await _database.SeedWorkshopAsync();
        var file = Path.Combine(_database.Root, "not-a-directory");
        await File.WriteAllTextAsync(file, "");

        var run = await Export(output: Path.Combine(file, "export"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"consensuslab: Cannot write the export to {Path.Combine(file, "export")}: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported()
    {
        var notDatabase = Path.Combine(_database.Root, "notes.db");
        await File.WriteAllTextAsync(notDatabase, "These are meeting notes, not a database. ".PadRight(4096, '.'));

        var run = await Export(database: notDatabase);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("consensuslab: the database cannot be read: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_database_option_the_Storage__Path_environment_variable_is_used()
    {
        await _database.SeedWorkshopAsync();

        var run = await CliRun.RunAsync(["export", "--session", SeededDatabase.Code, "--out", _database.Out],
            new Dictionary<string, string> { ["Storage__Path"] = _database.DatabasePath });

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Files.Length, run.OutputLines.Count);
    }

    [Fact]
    public async Task Without_database_option_or_environment_the_servers_default_path_is_used()
    {
        var run = await CliRun.RunAsync(["export", "--session", SeededDatabase.Code, "--out", _database.Out]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"No database at {Path.GetFullPath("data/consensuslab.db")}:", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_and_output_directory_are_required()
    {
        var run = await CliRun.RunAsync(["export", "--database", _database.DatabasePath]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--session", run.Error, StringComparison.Ordinal);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }
}

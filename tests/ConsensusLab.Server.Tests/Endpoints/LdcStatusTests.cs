namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>
/// LDC status is applied on the session's day from a table an operator can replace, and the participation figures say
/// which list they used (issue 11: Nepal was counted as an LDC after it left the list on 24 November 2026).
/// </summary>
public sealed class LdcStatusTests
{
    private static object Session(string heldOn) => new
    {
        title = "LDC status",
        privacyThreshold = 1,
        heldOn,
        questions = new object[] { new { id = "agree", kind = "likert", prompt = "We agree.", options = Sessions.FivePoints } },
    };

    [Theory]
    [InlineData("2026-11-23", 1, new string[0])]
    [InlineData("2026-11-24", 0, new[] { "LA", "NP" })]
    public async Task Nepal_counts_as_an_LDC_until_its_graduation_day_and_the_figures_say_which_list(string heldOn, int ldcs,
        string[] graduated)
    {
        await using var server = new ConsensusServer();
        var code = await server.CreateSessionAsync(Session(heldOn));
        await server.JoinAsync(code, "GOV", "NP");

        var figures = await ConsensusServer.ReadAsync(await server.ModeratorAsync(HttpMethod.Get, code, "exports/participation.json"));

        Assert.Equal(ldcs, figures["development"]!["leastDeveloped"]!["count"]!.GetValue<int>());
        Assert.Equal(1 - ldcs, figures["development"]!["developingExcludingLdc"]!["count"]!.GetValue<int>());
        var list = figures["ldcList"]!;
        Assert.Equal(heldOn, list["asOf"]!.GetValue<string>());
        Assert.Equal("2024-12-13", list["baseList"]!.GetValue<string>());
        Assert.Equal("bundled", list["table"]!.GetValue<string>());
        Assert.Equal(graduated, list["graduated"]!.AsArray().Select(g => g!["iso2"]!.GetValue<string>()));
        Assert.Equal("pending", list["pending"]!.AsArray().Single()!["decision"]!.GetValue<string>());
        var line = await (await server.ModeratorAsync(HttpMethod.Get, code, "exports/igf_report_line.csv")).Content.ReadAsStringAsync();
        Assert.Contains($",{heldOn},", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operators_graduation_table_is_applied_without_a_release()
    {
        var table = Path.Combine(Directory.CreateTempSubdirectory("consensuslab-ldc-").FullName, "ldc-graduations.csv");
        await File.WriteAllTextAsync(table, "iso2,name,graduation,decision,source\nHT,Haiti,2026-01-01,decided,\"Invented for the test\"\n");
        await using var server = new ConsensusServer(settings: new Dictionary<string, string> { ["Reference:LdcGraduations"] = table });
        var code = await server.CreateSessionAsync(Session("2026-11-23"));
        await server.JoinAsync(code, "GOV", "HT");
        await server.JoinAsync(code, "GOV", "NP");

        var figures = await ConsensusServer.ReadAsync(await server.ModeratorAsync(HttpMethod.Get, code, "exports/participation.json"));

        // Haiti left the list in this table; Nepal is not in it, so it keeps its place on the bundled list.
        Assert.Equal(1, figures["development"]!["leastDeveloped"]!["count"]!.GetValue<int>());
        Assert.Equal(Path.GetFullPath(table), figures["ldcList"]!["table"]!.GetValue<string>());
        Assert.Equal(["HT"], figures["ldcList"]!["graduated"]!.AsArray().Select(g => g!["iso2"]!.GetValue<string>()));
    }
}

using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// The trend across linked sessions (issue 13): the sample pair IGF 2025 and IGF 2026 shares one moderator key, so
/// the 2026 console draws the comparison of its linked questions at once.
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed class TrendChartTests(RoomFixture fixture)
{
    [Fact]
    public async Task The_console_draws_the_trend_of_the_sample_pair()
    {
        var keysDirectory = Directory.CreateTempSubdirectory("consensuslab-sample-keys-").FullName;
        try
        {
            await DrawsTheTrendAsync(Path.Combine(keysDirectory, "sample-keys.json"));
        }
        finally
        {
            Directory.Delete(keysDirectory, recursive: true);
        }
    }

    private async Task DrawsTheTrendAsync(string keysFile)
    {
        await using var server = new RoomServer(new Dictionary<string, string> { ["Samples:Load"] = "true", ["Samples:KeysFile"] = keysFile });
        var key = JsonNode.Parse(await File.ReadAllTextAsync(keysFile))!["EVCR26"]!.GetValue<string>();
        var page = await fixture.NewPageAsync("en");

        await page.GotoAsync(server.Url("/moderate/EVCR26") + $"#key={Uri.EscapeDataString(key)}");

        var trend = page.Locator("[data-question=\"axis\"] .trend-box");
        await Expect(trend).ToHaveAttributeAsync("data-sessions", "2");
        // Overall and the five stakeholder groups, each with a point (and its interval bar) in both years.
        await Expect(trend.Locator("svg.trend-chart g.trend")).ToHaveCountAsync(6);
        await Expect(trend.Locator("g[data-line=\"overall\"] circle")).ToHaveCountAsync(2);
        await Expect(trend.Locator("g[data-line=\"GOV\"] line.trend-interval")).ToHaveCountAsync(2);
        await Expect(trend.Locator("svg.trend-chart text")).ToContainTextAsync(["2025", "2026"]);
        await Expect(page.Locator("[data-question=\"equal-footing\"] .trend-box")).ToHaveAttributeAsync("data-sessions", "2");
        Assert.Empty(fixture.PageErrors[page]);
        Assert.Empty(fixture.ConsoleErrors[page]);
    }
}

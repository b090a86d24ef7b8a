using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// The rapporteur's report renders in Chromium as served (its stylesheet allowed by the policy's hash, charts as SVG),
/// left to right in English and right to left in Arabic (issue 13). Screenshots at A4 width go to the test output.
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed class ReportTests(RoomFixture fixture)
{
    /// <summary>A4's width at 96 dpi: how the report is laid out on paper.</summary>
    private const int A4Width = 794;

    private async Task<Room> AnsweredRoomAsync()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        await room.OpenQuestionAsync("axis");
        foreach (var (group, choice, position) in new[] { ("GOV", 4, -0.6), ("GOV", 3, -0.4), ("CS", 0, 0.5), ("CS", 1, 0.7), ("TC", 3, -0.2) })
        {
            var token = await room.JoinAsync(group);
            await room.AnswerAsync(token, "footing", new { requestId = Guid.NewGuid(), choice });
            await room.AnswerAsync(token, "axis", new { requestId = Guid.NewGuid(), position });
        }
        return room;
    }

    [Theory]
    [InlineData("en", "ltr", "Session report", "Government and Civil society are split.")]
    [InlineData("ar", "rtl", "تقرير الجلسة", "منقسمتان")]
    public async Task The_report_renders_with_its_charts_in_the_language_and_direction_asked_for(string language, string direction,
        string title, string reading)
    {
        var room = await AnsweredRoomAsync();
        var page = await fixture.NewPageAsync(language, A4Width, 1123);

        await page.GotoAsync(fixture.Server.Url($"/api/sessions/{room.Code}/report?lang={language}&key={Uri.EscapeDataString(room.ModeratorKey!)}"));

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", direction);
        await Expect(page.Locator(".title-page .eyebrow")).ToHaveTextAsync(title);
        await Expect(page.Locator(".title-page h1 bdi")).ToHaveTextAsync("Enhanced cooperation: where do we stand?");
        await Expect(page.Locator(".question").First.Locator(".reading")).ToContainTextAsync(reading);
        // The room's meter and one chart per group with answers, for each of the three questions' tables.
        Assert.True(await page.Locator("svg.chart").CountAsync() >= 8, "the charts are missing");
        Assert.True(await page.Locator(".groups svg.chart .band").CountAsync() >= 3, "the per-group charts have no interval bands");
        // The inline stylesheet applied (the policy allows it by hash): the title page is laid out, nothing was refused.
        Assert.Equal("page", await page.Locator(".title-page").EvaluateAsync<string>("e => getComputedStyle(e).breakAfter"));
        Assert.Empty(fixture.ConsoleErrors[page]);
        Assert.Empty(fixture.PageErrors[page]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.OutputPath($"report-{language}.png"), FullPage = true });
    }
}

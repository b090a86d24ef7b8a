using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// The projector in the room (issue 11): it follows the moderator's choice live, fits one screen at the sizes rooms
/// use, in English and Arabic, and shows the join address whole on one line. Screenshots go to the test output
/// (screenshots/projector-*.png) for a person to look at.
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed class ProjectorTests(RoomFixture fixture)
{
    private const string FootingPrompt = "Governments can carry out their roles on an equal footing today.";
    private const string VenuePrompt = "Which venue should take this forward?";

    [Fact]
    public async Task Projector_follows_the_question_or_join_screen_the_moderator_chooses_on_the_console()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        foreach (var question in new[] { "footing", "axis", "venue" })
            await room.OpenQuestionAsync(question);
        var projector = await fixture.NewPageAsync("en");
        await projector.GotoAsync(room.ProjectorUrl);
        var moderator = await fixture.NewPageAsync("en");
        await moderator.GotoAsync(room.ModeratorUrl);

        // Every question open: the console names them all, and the projector shows the one opened last, not the first.
        await Expect(moderator.Locator(".now-showing")).ToHaveTextAsync("3 questions open: 1, 2, and 3");
        await Expect(projector.Locator("#projector-prompt")).ToHaveTextAsync(VenuePrompt);

        var control = moderator.GetByLabel("Projector shows");
        await control.SelectOptionAsync(new SelectOptionValue { Label = "Join screen: only the QR code and the code" });
        await Expect(projector.Locator(".projector-main")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-join\b"));
        await Expect(projector.Locator("#projector-prompt")).ToBeHiddenAsync();
        await Expect(projector.Locator(".projector-qr")).ToBeVisibleAsync();
        await Expect(projector.Locator("[data-figure=\"code\"]")).ToHaveTextAsync(room.Code);
        await Expect(moderator.Locator(".projector-now")).ToHaveTextAsync("On the projector now: the join screen");

        await control.SelectOptionAsync(new SelectOptionValue { Label = $"Question 1: \u2068{FootingPrompt}\u2069" });
        await Expect(projector.Locator("#projector-prompt")).ToHaveTextAsync(FootingPrompt);
        await Expect(projector.Locator(".projector-main")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-join\b"));
        await Expect(moderator.Locator(".projector-now")).ToHaveTextAsync("On the projector now: question 1");
        await moderator.Locator(".question-control").ScreenshotAsync(new() { Path = ScreenshotPath("console-projector-control.png") });

        // A reloaded projector comes back to the moderator's choice, not to the question opened last.
        await projector.ReloadAsync();
        await Expect(projector.Locator("#projector-prompt")).ToHaveTextAsync(FootingPrompt);

        await control.SelectOptionAsync(new SelectOptionValue { Label = "Automatically the question opened last" });
        await Expect(projector.Locator("#projector-prompt")).ToHaveTextAsync(VenuePrompt);
        Assert.Empty(fixture.PageErrors[projector]);
        Assert.Empty(fixture.PageErrors[moderator]);
    }

    [Theory]
    [InlineData(1280, 800, "en", "footing")]
    [InlineData(1280, 800, "ar", "footing")]
    [InlineData(1920, 1080, "en", "footing")]
    [InlineData(1920, 1080, "ar", "footing")]
    [InlineData(1280, 800, "en", "axis")]
    [InlineData(1280, 800, "ar", "axis")]
    public async Task Projector_fits_one_screen_with_the_join_address_on_one_line(int width, int height, string language, string question)
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync(question);
        var groups = new[] { "GOV", "IGO", "PS", "CS", "TC", "OTHER" };
        for (var i = 0; i < 12; i++)
        {
            object answer = question == "axis" ? new { requestId = Guid.NewGuid(), position = i % 2 == 0 ? -0.8 : 0.6 } : new { requestId = Guid.NewGuid(), choice = i % 5 };
            await room.AnswerAsync(await room.JoinAsync(groups[i % groups.Length]), question, answer);
        }
        var page = await fixture.NewPageAsync(language, width, height);
        await page.GotoAsync(room.ProjectorUrl);
        await Expect(Pages.ProjectorFigure(page, "respondents")).ToHaveTextAsync("12");
        await Expect(page.Locator(".projector-meter tr[data-group=\"OTHER\"]")).ToBeVisibleAsync();

        await page.ScreenshotAsync(new() { Path = ScreenshotPath($"projector-{question}-{width}x{height}-{language}.png") });
        await AssertNoVerticalScrollAsync(page);
        // The main meter and the cross-group figure: the agreement gauge and cross-group consensus, or the histogram and polarization.
        string[] figures = question == "axis"
            ? [".projector-meter .overall .chart.histogram", "[data-figure=\"polarization\"]"]
            : [".projector-meter .overall .chart.gauge", "[data-figure=\"cross-group\"]"];
        foreach (var selector in figures.Concat(["#projector-prompt", ".projector-meter tr[data-group=\"GOV\"]",
            ".projector-meter tr[data-group=\"OTHER\"]", "[data-figure=\"divergence\"]", ".projector-qr", "[data-figure=\"code\"]"]))
            await AssertWithinScreenAsync(page, selector);
        await AssertJoinAddressWholeAsync(page);

        await room.ShowOnProjectorAsync(new { mode = "join" });
        await Expect(page.Locator(".projector-main.is-join")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ScreenshotPath($"projector-join-{question}-{width}x{height}-{language}.png") });
        await AssertNoVerticalScrollAsync(page);
        await AssertWithinScreenAsync(page, ".projector-qr");
        await AssertWithinScreenAsync(page, "[data-figure=\"code\"]");
        await AssertJoinAddressWholeAsync(page);
        Assert.Empty(fixture.PageErrors[page]);
    }

    [Theory]
    [InlineData(1280, 800, "ar")]
    [InlineData(1920, 1080, "en")]
    public async Task A_long_public_address_stays_whole_on_one_line(int width, int height, string language)
    {
        await using var server = new RoomServer(new Dictionary<string, string>
        {
            ["PublicBaseUrl"] = "https://consensus.internet-governance-forum.example.org:8443",
        });
        var room = await server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        var page = await fixture.NewPageAsync(language, width, height);
        await page.GotoAsync(room.ProjectorUrl);
        await Expect(page.Locator(".projector-url bdi")).ToHaveTextAsync($"consensus.internet-governance-forum.example.org:8443/join/{room.Code}");

        await page.ScreenshotAsync(new() { Path = ScreenshotPath($"projector-long-address-{width}x{height}-{language}.png") });
        await AssertJoinAddressWholeAsync(page);
        await AssertNoVerticalScrollAsync(page);
        Assert.Empty(fixture.PageErrors[page]);
    }

    private static async Task AssertNoVerticalScrollAsync(IPage page)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollHeight, window.innerHeight]");
        var (scrollHeight, innerHeight) = (sizes[0], sizes[1]);
        Assert.True(scrollHeight <= innerHeight, $"The projector scrolls: {scrollHeight} px of content in a {innerHeight} px window.");
    }

    private static async Task AssertWithinScreenAsync(IPage page, string selector)
    {
        var box = await page.Locator(selector).First.BoundingBoxAsync();
        var height = await page.EvaluateAsync<int>("() => window.innerHeight");
        Assert.True(box is not null, $"{selector} is not on the projector.");
        Assert.True(box.Y >= 0 && box.Y + box.Height <= height, $"{selector} runs from {box.Y} to {box.Y + box.Height} px, past the {height} px screen.");
    }

    /// <summary>The address is isolated left to right, not cut off by its box, and on one line (one line box tall).</summary>
    private static async Task AssertJoinAddressWholeAsync(IPage page)
    {
        var address = page.Locator(".projector-url bdi[dir=\"ltr\"]");
        await Expect(address).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"/join/{await page.Locator("[data-figure=\"code\"]").TextContentAsync()}$"));
        var measured = await address.EvaluateAsync<System.Text.Json.JsonElement>("""
            bdi => {
              const box = bdi.parentElement;
              const range = document.createRange();
              range.selectNodeContents(bdi);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              const rect = bdi.getBoundingClientRect();
              return { lines: tops.size, clipped: box.scrollWidth > box.clientWidth + 1 || rect.left < 0 || rect.right > innerWidth };
            }
            """);
        Assert.Equal(1, measured.GetProperty("lines").GetInt32());
        Assert.False(measured.GetProperty("clipped").GetBoolean(), "The join address is wider than its box.");
    }

    private static string ScreenshotPath(string file)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, file);
    }
}

using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// The three pages in English and Arabic: the participant on a phone, the moderator console on a laptop, the projector
/// at 1280×800 and 1920×1080 (and its join screen). A test run writes them to the test output; docs/screenshots/refresh.sh writes the
/// copies in docs/screenshots that the README shows (see <see cref="Screenshots"/>).
/// </summary>
[Collection(RoomTestGroup.Name)]
[Trait("Category", "Screenshots")]
public sealed class ScreenshotTests(RoomFixture fixture)
{
    private const string Prompt = "Governments can carry out their roles on an equal footing today.";

    public static TheoryData<string> Languages => new() { "en", "ar" };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Screenshots_of_the_three_pages_at_phone_laptop_and_projector_sizes(string language)
    {
        var room = await AnsweredRoomAsync();
        var folder = Screenshots.Folder();
        var suffix = language == "en" ? "" : $"-{language}";
        var written = new List<string>();

        var participant = await fixture.NewPageAsync(language, 360, 780);
        await Pages.JoinAsync(participant, room, language, "CS", "KE");
        await Pages.AnswerChoiceAsync(participant, room, language, Prompt, "Agree");
        await participant.Locator("form.question-card[aria-busy]").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        written.Add(await ShootAsync(participant, folder, $"participant-phone{suffix}.png", fullPage: true));

        var moderator = await fixture.NewPageAsync(language, 1280, 800);
        await moderator.GotoAsync(room.ModeratorUrl);
        await Expect(Pages.ModeratorFigure(moderator, "footing", "respondents")).ToHaveTextAsync("9");
        await moderator.Locator("[data-question=\"footing\"]").EvaluateAsync("card => card.scrollIntoView({ block: 'start' })");
        written.Add(await ShootAsync(moderator, folder, $"moderator-desktop{suffix}.png"));

        foreach (var (width, height) in new[] { (1280, 800), (1920, 1080) })
        {
            var projector = await fixture.NewPageAsync(language, width, height);
            await projector.GotoAsync(room.ProjectorUrl);
            await Expect(Pages.ProjectorFigure(projector, "respondents")).ToHaveTextAsync("9");
            written.Add(await ShootAsync(projector, folder, $"projector-{width}x{height}{suffix}.png"));
            if (width == 1920)
            {
                await room.ShowOnProjectorAsync(new { mode = "join" });
                await Expect(projector.Locator(".projector-main.is-join")).ToBeVisibleAsync();
                written.Add(await ShootAsync(projector, folder, $"projector-join-{width}x{height}{suffix}.png"));
                await room.ShowOnProjectorAsync(new { mode = "question", questionId = "footing" });
            }
        }

        Assert.All(written, file => Assert.True(new FileInfo(file).Length is > 1000 and < 3_000_000, file));
        Assert.Empty(fixture.PageErrors[participant]);
    }

    /// <summary>A room with eight answers from five groups on the Likert question and a split room on the axis.</summary>
    private async Task<Room> AnsweredRoomAsync()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        foreach (var question in new[] { "footing", "axis", "venue" })
            await room.OpenQuestionAsync(question);
        await room.ShowOnProjectorAsync(new { mode = "question", questionId = "footing" });
        var answers = new[] { ("GOV", 3, 0.7), ("GOV", 4, 0.5), ("CS", 1, -0.8), ("CS", 3, -0.6), ("TC", 4, -0.9), ("PS", 3, 0.6), ("IGO", 2, -0.1), ("CS", 0, -0.2) };
        foreach (var (group, choice, position) in answers)
        {
            var token = await room.JoinAsync(group);
            await room.AnswerAsync(token, "footing", new { requestId = Guid.NewGuid(), choice });
            await room.AnswerAsync(token, "axis", new { requestId = Guid.NewGuid(), position });
        }
        return room;
    }

    private static async Task<string> ShootAsync(IPage page, string folder, string file, bool fullPage = false)
    {
        var path = Path.Combine(folder, file);
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        return path;
    }
}

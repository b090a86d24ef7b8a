using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>The three pages at phone and desktop sizes, written to docs/screenshots/ for the README.</summary>
[Collection(RoomTestGroup.Name)]
public sealed class ScreenshotTests(RoomFixture fixture)
{
    private const string Prompt = "Governments can carry out their roles on an equal footing today.";

    [Fact]
    public async Task Screenshots_of_the_three_pages_at_phone_and_desktop_sizes()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        var answers = new[] { ("GOV", 3), ("GOV", 4), ("CS", 1), ("CS", 3), ("TC", 4), ("PS", 3), ("IGO", 2), ("CS", 0) };
        foreach (var (group, choice) in answers)
            await room.AnswerAsync(await room.JoinAsync(group), "footing", new { requestId = Guid.NewGuid(), choice });
        var folder = Pages.ScreenshotFolder();

        foreach (var (name, width, height, language) in new[] { ("phone", 360, 780, "en"), ("desktop", 1280, 800, "fr") })
        {
            var participant = await fixture.NewPageAsync(language, width, height);
            await Pages.JoinAsync(participant, room, language, "CS", "KE");
            await Pages.AnswerChoiceAsync(participant, room, language, Prompt, "Agree");
            await Pages.QuestionCard(participant, Prompt).ScrollIntoViewIfNeededAsync();
            await participant.ScreenshotAsync(new() { Path = Path.Combine(folder, $"participant-{name}.png") });

            var moderator = await fixture.NewPageAsync("en", width, height);
            await moderator.GotoAsync(room.ModeratorUrl);
            await Expect(Pages.ModeratorFigure(moderator, "footing", "respondents")).ToHaveTextAsync(name == "phone" ? "9" : "10");
            await moderator.Locator("[data-question=\"footing\"]").ScrollIntoViewIfNeededAsync();
            await moderator.ScreenshotAsync(new() { Path = Path.Combine(folder, $"moderator-{name}.png") });

            var projector = await fixture.NewPageAsync(name == "phone" ? "ar" : "en", width, height);
            await projector.GotoAsync(room.ProjectorUrl);
            await Expect(Pages.ProjectorFigure(projector, "respondents")).ToHaveTextAsync(name == "phone" ? "9" : "10");
            await projector.ScreenshotAsync(new() { Path = Path.Combine(folder, $"projector-{name}.png") });
        }
        foreach (var file in new[] { "participant", "moderator", "projector" }.SelectMany(p => new[] { $"{p}-phone.png", $"{p}-desktop.png" }))
            Assert.True(new FileInfo(Path.Combine(folder, file)).Length is > 1000 and < 1_500_000, file);
    }
}

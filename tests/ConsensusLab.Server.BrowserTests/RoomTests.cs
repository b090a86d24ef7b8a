using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>The room as a whole: phones in three languages, the moderator's console and the projector, live.</summary>
[Collection(RoomTestGroup.Name)]
public sealed class RoomTests(RoomFixture fixture)
{
    private const string Prompt = "Governments can carry out their roles on an equal footing today.";

    [Fact]
    public async Task Participants_in_French_Arabic_and_Chinese_answer_and_the_meters_follow_within_a_second()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");

        var moderator = await fixture.NewPageAsync("en");
        await moderator.GotoAsync(room.ModeratorUrl);
        await Expect(moderator.Locator("[data-question=\"footing\"] .meter")).ToContainTextAsync("No answers yet");
        var projector = await fixture.NewPageAsync("en");
        await projector.GotoAsync(room.ProjectorUrl);
        await Expect(projector.GetByRole(AriaRole.Heading, new() { Name = Prompt })).ToBeVisibleAsync();

        var people = new[] { ("fr", "GOV", "FR", "Agree"), ("ar", "CS", "EG", "Strongly agree"), ("zh", "TC", "CN", "Disagree") };
        var answered = 0;
        foreach (var (language, group, country, option) in people)
        {
            var phone = await fixture.NewPageAsync(language, 360, 780);
            await Pages.JoinAsync(phone, room, language, group, country);
            await Pages.AnswerChoiceAsync(phone, room, language, Prompt, option);
            answered += 1;
            // The answer is acknowledged on the phone; the moderator's meter must show it within a second.
            await Expect(Pages.ModeratorFigure(moderator, "footing", "respondents"))
                .ToHaveTextAsync(answered.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 1000 });
            Assert.Empty(fixture.PageErrors[phone]);
        }

        // Equal footing: GOV and CS agree, TC disagrees.
        await Expect(Pages.ModeratorFigure(moderator, "footing", "agree")).ToHaveTextAsync("67%");
        foreach (var figure in new[] { "respondents", "agree", "cross-group", "polarization", "divergence" })
        {
            var shown = await Pages.ModeratorFigure(moderator, "footing", figure).TextContentAsync();
            await Expect(Pages.ProjectorFigure(projector, figure)).ToHaveTextAsync(shown!);
        }
        Assert.Empty(fixture.PageErrors[moderator]);
        Assert.Empty(fixture.PageErrors[projector]);
    }
}

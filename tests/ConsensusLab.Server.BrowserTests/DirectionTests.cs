using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// In Arabic, English text and numbers keep their own direction (issue 11): a question typed in English ends with its
/// own question mark, and a negative figure reads "−0.20", not "0.20−". Each check reads the DOM's isolation (a bdi, or
/// LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE around a number) and where the browser drew the characters.
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed class DirectionTests(RoomFixture fixture)
{
    private const string Prompt = "Where should Internet governance go from here?";
    private const string Isolated = "\u2066\u22120.20\u2069";

    [Fact]
    public async Task In_Arabic_an_English_title_ends_with_its_own_punctuation_and_a_negative_mean_reads_minus_first()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("axis");
        foreach (var position in new[] { -0.3, -0.1 })
            await room.AnswerAsync(await room.JoinAsync("GOV"), "axis", new { requestId = Guid.NewGuid(), position });

        var moderator = await fixture.NewPageAsync("ar", 1280, 800);
        await moderator.GotoAsync(room.ModeratorUrl);
        var mean = Pages.ModeratorFigure(moderator, "axis", "mean");
        await Expect(mean).ToHaveTextAsync(Isolated);
        Assert.True(await VisualOrder.IsLeftOfAsync(mean, "\u2212", "0.20"), "the minus sign is drawn after the number");
        var heading = moderator.Locator("[data-question=\"axis\"] h3");
        await Expect(heading.Locator("bdi")).ToHaveTextAsync(Prompt);
        Assert.True(await VisualOrder.IsLeftOfAsync(heading, "here", "?"), "the question mark is drawn before the title");

        var participant = await fixture.NewPageAsync("ar", 390, 844);
        await Pages.JoinAsync(participant, room, "ar", "CS", "KE");
        var card = Pages.QuestionCard(participant, Prompt);
        var prompt = card.Locator(".prompt");
        await Expect(prompt.Locator("bdi")).ToHaveTextAsync(Prompt);
        Assert.True(await VisualOrder.IsLeftOfAsync(prompt, "here", "?"), "the question mark is drawn before the title");
        // Home takes the slider to −1, the left end: the readout gives the value in brackets, sign first.
        await card.GetByRole(AriaRole.Slider).FocusAsync();
        await participant.Keyboard.PressAsync("Home");
        var readout = card.Locator(".position-readout");
        await Expect(readout).ToContainTextAsync("(\u2066\u22121.00\u2069)");
        Assert.True(await VisualOrder.IsLeftOfAsync(readout, "\u2212", "1.00"), "the minus sign is drawn after the number");

        var projector = await fixture.NewPageAsync("ar", 1280, 800);
        await projector.GotoAsync(room.ProjectorUrl);
        var projected = projector.Locator(".projector-prompt");
        await Expect(projected.Locator("bdi")).ToHaveTextAsync(Prompt);
        Assert.True(await VisualOrder.IsLeftOfAsync(projected, "here", "?"), "the question mark is drawn before the title");
        Assert.Empty(fixture.PageErrors[moderator]);
        Assert.Empty(fixture.PageErrors[participant]);
    }
}

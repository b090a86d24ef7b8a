using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>A closed session says so on every page and offers nothing to answer (issue 10, finding 3).</summary>
[Collection(RoomTestGroup.Name)]
public sealed class ClosedSessionTests(RoomFixture fixture)
{
    private const string Prompt = "Governments can carry out their roles on an equal footing today.";

    [Fact]
    public async Task Participant_page_of_a_closed_session_says_so_and_shows_no_answer_card()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        var text = await Pages.DictionaryAsync(fixture.Server, "en");
        var page = await fixture.NewPageAsync("en", 390, 844);
        await Pages.JoinAsync(page, room, "en", "CS", "KE");
        await Expect(Pages.QuestionCard(page, Prompt)).ToBeVisibleAsync();

        // Closed while the phone watches: the live channel brings the news.
        await room.PostAsync($"/api/sessions/{room.Code}/close");
        await Expect(page.GetByText(text["participant.closed"], new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("form.question-card")).ToHaveCountAsync(0);
        await Expect(page.Locator("main input:visible, main button[type=\"submit\"]:visible")).ToHaveCountAsync(0);

        // Opened afresh: the same from the session's snapshot.
        await page.ReloadAsync();
        await Expect(page.GetByText(text["participant.closed"], new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("form.question-card")).ToHaveCountAsync(0);
        await Expect(page.Locator("main input:visible, main button[type=\"submit\"]:visible")).ToHaveCountAsync(0);
        Assert.Empty(fixture.PageErrors[page]);
    }

    [Fact]
    public async Task Projector_and_moderator_console_of_a_closed_session_say_that_it_has_ended()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        var text = await Pages.DictionaryAsync(fixture.Server, "en");
        var projector = await fixture.NewPageAsync("en");
        await projector.GotoAsync(room.ProjectorUrl);
        await Expect(projector.Locator(".projector-join")).ToBeVisibleAsync();

        await room.PostAsync($"/api/sessions/{room.Code}/close");
        await Expect(projector.GetByText(text["projector.closed"], new() { Exact = true })).ToBeVisibleAsync();
        await Expect(projector.Locator(".projector-join")).ToBeHiddenAsync();

        var moderator = await fixture.NewPageAsync("en");
        await moderator.GotoAsync(room.ModeratorUrl);
        await Expect(moderator.GetByText(text["console.closedNotice"], new() { Exact = true })).ToBeVisibleAsync();
        Assert.Empty(fixture.PageErrors[projector]);
        Assert.Empty(fixture.PageErrors[moderator]);
    }
}

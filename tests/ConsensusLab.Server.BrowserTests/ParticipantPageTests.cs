using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>A participant's page from joining to answering (issue 11): quiet in the console, and no answer by accident.</summary>
[Collection(RoomTestGroup.Name)]
public sealed class ParticipantPageTests(RoomFixture fixture)
{
    private const string Prompt = "Governments can carry out their roles on an equal footing today.";
    private const string RankingPrompt = "Rank the priorities, most important first.";

    [Fact]
    public async Task A_new_participants_page_logs_no_console_errors_before_the_first_answer_or_after_a_reload()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        foreach (var question in new[] { "footing", "axis", "venue" })
            await room.OpenQuestionAsync(question);
        var page = await fixture.NewPageAsync("en", 390, 844);

        await Pages.JoinAsync(page, room, "en", "CS", "KE");
        await Expect(page.Locator("form.question-card")).ToHaveCountAsync(3);
        // Each card asks for the participant's current answer; it is aria-busy until the server has answered.
        await Expect(page.Locator("form.question-card[aria-busy]")).ToHaveCountAsync(0);
        await Pages.AnswerChoiceAsync(page, room, "en", Prompt, "Agree");
        await page.ReloadAsync();
        await Expect(Pages.QuestionCard(page, Prompt).Locator(".confirmation")).ToContainTextAsync("\u2713");
        await Expect(page.Locator("form.question-card[aria-busy]")).ToHaveCountAsync(0);

        Assert.Empty(fixture.ConsoleErrors[page]);
        Assert.Empty(fixture.PageErrors[page]);
    }

    [Fact]
    public async Task A_ranking_in_the_moderators_order_is_refused_until_it_is_touched_or_kept()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.Priorities());
        await room.OpenAsync();
        await room.OpenQuestionAsync("priorities");
        var text = await Pages.DictionaryAsync(fixture.Server, "en");
        var submit = new LocatorGetByRoleOptions { Name = text["answer.submit"], Exact = true };

        var keeps = await fixture.NewPageAsync("en", 390, 844);
        await Pages.JoinAsync(keeps, room, "en", "GOV", "KE");
        var card = Pages.QuestionCard(keeps, RankingPrompt);
        await Expect(card.Locator(".ranking-status")).ToHaveTextAsync(text["ranking.untouched"]);
        await card.GetByRole(AriaRole.Button, submit).ClickAsync();
        await Expect(card.GetByRole(AriaRole.Alert)).ToContainTextAsync(text["answer.rankFirst"]);
        await Expect(card.Locator(".confirmation")).ToBeEmptyAsync();
        Assert.Equal(0, await room.RespondentsAsync("priorities"));

        await card.GetByRole(AriaRole.Button, new() { Name = text["ranking.keep"], Exact = true }).ClickAsync();
        await Expect(card.Locator(".ranking-status")).ToHaveTextAsync(text["ranking.yours"]);
        await card.GetByRole(AriaRole.Button, submit).ClickAsync();
        await Expect(card.Locator(".confirmation")).ToContainTextAsync("\u2713");
        Assert.Equal(1, await room.RespondentsAsync("priorities"));

        // Moving an item is touching it too.
        var moves = await fixture.NewPageAsync("en", 390, 844);
        await Pages.JoinAsync(moves, room, "en", "CS", "BR");
        card = Pages.QuestionCard(moves, RankingPrompt);
        await card.GetByRole(AriaRole.Button, new() { Name = "Move \u201c\u2068Stable funding\u2069\u201d up", Exact = true }).ClickAsync();
        await card.GetByRole(AriaRole.Button, submit).ClickAsync();
        await Expect(card.Locator(".confirmation")).ToContainTextAsync("\u2713");
        Assert.Equal(2, await room.RespondentsAsync("priorities"));
        Assert.Empty(fixture.PageErrors[keeps]);
        Assert.Empty(fixture.PageErrors[moves]);
    }
}

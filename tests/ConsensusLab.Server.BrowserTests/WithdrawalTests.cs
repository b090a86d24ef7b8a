using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// A participant leaves from the page (issue 11): a confirmation first, then the answers stop counting and the page says
/// so; "Not you? Join again" withdraws the one who joined on the device before the form shows.
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed class WithdrawalTests(RoomFixture fixture)
{
    private const string Prompt = "Governments can carry out their roles on an equal footing today.";

    [Fact]
    public async Task Withdrawing_from_the_page_asks_first_then_takes_the_answers_out_and_says_so()
    {
        var (room, page, text) = await AnsweredAsync("en");
        var withdraw = page.GetByRole(AriaRole.Button, new() { Name = text["participant.withdraw"], Exact = true });

        await withdraw.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = text["participant.withdrawHeading"] });
        await Expect(dialog).ToContainTextAsync(text["participant.withdrawExplain"]);
        await dialog.GetByRole(AriaRole.Button, new() { Name = text["participant.cancel"], Exact = true }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Pages.QuestionCard(page, Prompt)).ToBeVisibleAsync();
        Assert.Equal(1, await room.RespondentsAsync("footing"));

        await withdraw.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = text["participant.withdrawConfirm"], Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = text["participant.withdrawn"] })).ToBeVisibleAsync();
        await Expect(page.Locator("form.question-card")).ToHaveCountAsync(0);
        await Expect(page.Locator("#join")).ToBeHiddenAsync();
        Assert.Equal(0, await room.RespondentsAsync("footing"));

        // The device no longer holds the identity: a reload offers the form, and "Join again" shows it at once.
        await page.GetByRole(AriaRole.Button, new() { Name = text["participant.joinAgainButton"], Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = text["join.heading"], Exact = true })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = text["join.heading"], Exact = true })).ToBeVisibleAsync();
        Assert.Empty(fixture.ConsoleErrors[page]);
        Assert.Empty(fixture.PageErrors[page]);
    }

    [Fact]
    public async Task Not_you_join_again_withdraws_the_participant_joined_on_the_device_so_nobody_counts_twice()
    {
        var (room, page, text) = await AnsweredAsync("fr");

        await page.GetByRole(AriaRole.Button, new() { Name = text["participant.notYou"], Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = text["participant.rejoinHeading"] });
        // The dialog names who will be withdrawn.
        await Expect(dialog).ToContainTextAsync(text["group.CS"]);
        await dialog.GetByRole(AriaRole.Button, new() { Name = text["participant.rejoinConfirm"], Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = text["participant.previousWithdrawn"] })).ToBeVisibleAsync();
        Assert.Equal(0, await room.RespondentsAsync("footing"));

        await page.GetByRole(AriaRole.Radio, new() { Name = text["group.GOV"], Exact = true }).CheckAsync();
        await page.GetByLabel(text["join.country"], new() { Exact = true }).FillAsync("Brésil");
        await page.GetByRole(AriaRole.Radio, new() { Name = text["attendance.onsite"], Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = text["join.submit"], Exact = true }).ClickAsync();
        await Pages.AnswerChoiceAsync(page, room, "fr", Prompt, "Disagree");
        Assert.Equal(1, await room.RespondentsAsync("footing"));
        Assert.Empty(fixture.ConsoleErrors[page]);
        Assert.Empty(fixture.PageErrors[page]);
    }

    [Fact]
    public async Task Not_you_says_so_when_the_identity_on_the_device_was_already_withdrawn_elsewhere()
    {
        var (room, page, text) = await AnsweredAsync("en");
        var token = await page.EvaluateAsync<string>(
            "code => JSON.parse(localStorage.getItem(`consensuslab:participant:${code}`)).token", room.Code);
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{room.Code}/participants/me/withdraw"))
        {
            request.Headers.Authorization = new("Bearer", token);
            await RoomServer.ReadAsync(await fixture.Server.Api.SendAsync(request));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = text["participant.notYou"], Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = text["participant.rejoinHeading"] });
        await dialog.GetByRole(AriaRole.Button, new() { Name = text["participant.rejoinConfirm"], Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = text["participant.previousUnknown"] })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = text["join.heading"], Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await room.RespondentsAsync("footing"));
        Assert.Empty(fixture.PageErrors[page]);
    }

    /// <summary>A phone that joined in civil society and answered the Likert question.</summary>
    private async Task<(Room Room, IPage Page, IReadOnlyDictionary<string, string> Text)> AnsweredAsync(string language)
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        var page = await fixture.NewPageAsync(language, 390, 844);
        await Pages.JoinAsync(page, room, language, "CS", "KE");
        await Pages.AnswerChoiceAsync(page, room, language, Prompt, "Agree");
        Assert.Equal(1, await room.RespondentsAsync("footing"));
        return (room, page, await Pages.DictionaryAsync(fixture.Server, language));
    }
}

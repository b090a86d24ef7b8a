using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// A statements question in the browser (issue 14): a phone votes one statement at a time and writes one; the
/// moderator accepts it from the queue; the phone is then served it; the projector shows the room's view.
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed class DeliberationTests(RoomFixture fixture)
{
    private const string Written = "Publish every workshop's input in the six UN languages.";

    [Fact]
    public async Task A_phone_votes_and_writes_and_the_moderator_accepts_its_statement_from_the_queue()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.Deliberation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("talk");
        var text = await Pages.DictionaryAsync(fixture.Server, "en");
        var phone = await fixture.NewPageAsync("en", 390, 844);
        await Pages.JoinAsync(phone, room, "en", "CS", "KE");
        var card = phone.Locator("section.statements-card");
        ILocator Button(ILocator scope, string key) => scope.GetByRole(AriaRole.Button, new() { Name = text[key], Exact = true });

        // Two seeds, served one at a time; each vote is acknowledged before the next statement comes.
        var first = await card.Locator("blockquote.statement-text").TextContentAsync();
        await Button(card.Locator(".vote-buttons"), "statements.agree").ClickAsync();
        await Expect(card.Locator("blockquote.statement-text")).Not.ToHaveTextAsync(first!);
        await Button(card.Locator(".vote-buttons"), "statements.disagree").ClickAsync();
        await Expect(card.Locator(".statement-done")).ToHaveTextAsync(text["statements.allSeen"]);
        await Expect(card.Locator(".my-votes li")).ToHaveCountAsync(2);

        await card.GetByLabel(text["statements.writeLabel"]).FillAsync(Written);
        await Button(card, "statements.write").ClickAsync();
        await Expect(card.Locator(".write-statement .confirmation")).ToContainTextAsync(text["statements.sentQueued"]);

        var console = await fixture.NewPageAsync("en");
        await console.GotoAsync(room.ModeratorUrl);
        var queued = console.Locator(".moderation-queue li").Filter(new() { HasText = Written });
        await Button(queued, "deliberation.accept").ClickAsync();
        await Expect(console.Locator(".moderation-queue")).ToContainTextAsync(text["deliberation.queueEmpty"]);

        // Accepted, it is served to the phone, which had seen everything else (the page looks again now and then; a reload at once).
        await phone.ReloadAsync();
        await Expect(card.Locator("blockquote.statement-text")).ToHaveTextAsync(Written);

        // The projector shows the room's view of the question: no queue, the bridging statements.
        await room.ShowOnProjectorAsync(new { mode = "question", questionId = "talk" });
        var projector = await fixture.NewPageAsync("en");
        await projector.GotoAsync(room.ProjectorUrl);
        await Expect(projector.Locator(".projector-meter .deliberation")).ToContainTextAsync(text["deliberation.bridging"]);
        await Expect(projector.Locator(".projector-meter .moderation-queue")).ToHaveCountAsync(0);
        Assert.Empty(fixture.PageErrors[phone]);
        Assert.Empty(fixture.PageErrors[console]);
        Assert.Empty(fixture.ConsoleErrors[console]);
        Assert.Empty(fixture.PageErrors[projector]);
    }
}

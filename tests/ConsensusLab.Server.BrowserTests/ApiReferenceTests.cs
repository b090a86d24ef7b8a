using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>The API reference page lays out the server's own OpenAPI document (issue 11).</summary>
[Collection(RoomTestGroup.Name)]
public sealed class ApiReferenceTests(RoomFixture fixture)
{
    [Fact]
    public async Task Reference_page_shows_every_operation_with_its_credentials_and_responses()
    {
        var page = await fixture.NewPageAsync("en", 1280, 800);
        var console = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") console.Add(message.Text); };
        await page.GotoAsync(fixture.Server.Url("/api-docs"));

        var operations = page.Locator("details.api-operation");
        await Expect(operations.First).ToBeVisibleAsync();
        var documented = (await RoomServer.ReadAsync(await fixture.Server.Api.GetAsync("/openapi/v1.json")))["paths"]!.AsObject()
            .Sum(path => path.Value!.AsObject().Count(o => o.Key is "get" or "post" or "put" or "delete"));
        await Expect(operations).ToHaveCountAsync(documented);

        var close = operations.Filter(new() { HasText = "/api/sessions/{code}/close" });
        await close.Locator("summary").ClickAsync();
        await Expect(close.Locator("summary")).ToContainTextAsync("Close the session");
        await Expect(close.GetByRole(AriaRole.Link, new() { Name = "moderatorKey" })).ToBeVisibleAsync();
        await Expect(close.GetByRole(AriaRole.Listitem)).ToHaveTextAsync("moderatorKey (X-Moderator-Key header)");
        await Expect(close.Locator("tr[data-status='200']")).ToContainTextAsync("SessionView");
        await Expect(close.Locator("tr[data-status='403']")).ToContainTextAsync("ProblemDetails");
        // For a look at the layout: written to the test output, never to docs/screenshots.
        await close.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "api-reference-operation.png") });

        // A schema link leads to the schema's fields.
        await close.Locator("tr[data-status='200']").GetByRole(AriaRole.Link, new() { Name = "SessionView" }).ClickAsync();
        await Expect(page.Locator("#schema-SessionView")).ToContainTextAsync("joinUrl");
        await Expect(page.Locator("#scheme-participantToken")).ToContainTextAsync("Authorization: Bearer <token>");

        Assert.Empty(fixture.PageErrors[page]);
        Assert.Empty(console);
    }
}

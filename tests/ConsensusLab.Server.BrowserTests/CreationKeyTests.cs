using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>On a server with a creation key, the moderator page asks for the key once and creates the session.</summary>
[Collection(RoomTestGroup.Name)]
public sealed class CreationKeyTests(RoomFixture fixture)
{
    [Fact]
    public async Task Moderator_page_asks_for_the_creation_key_and_then_creates_the_session()
    {
        await using var server = new RoomServer(new Dictionary<string, string> { ["Sessions:CreationKey"] = "forum-2026-key" });
        var page = await fixture.NewPageAsync("en");
        var asked = 0;
        page.Dialog += async (_, dialog) =>
        {
            asked++;
            await dialog.AcceptAsync("forum-2026-key");
        };
        await page.GotoAsync(server.Url("/moderate"));
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Regional coordination");
        await page.GetByLabel("Prompt", new() { Exact = true }).FillAsync("No stakeholder group advances alone.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create session" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/moderate/[A-Z0-9]{6}$"));
        Assert.Equal(1, asked);
        var code = page.Url[^6..];
        Assert.Equal("Regional coordination", (await RoomServer.ReadAsync(await server.Api.GetAsync($"/api/sessions/{code}")))["title"]!.GetValue<string>());
    }
}

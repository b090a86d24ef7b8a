using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>The console shows how "Other / prefer not to say" is treated, with the default marked, and changes it (issue 11).</summary>
[Collection(RoomTestGroup.Name)]
public sealed class OtherGroupPanelTests(RoomFixture fixture)
{
    [Fact]
    public async Task The_default_treatment_of_Other_is_shown_and_the_moderator_can_change_it()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.ModeratorUrl);

        var panel = page.GetByRole(AriaRole.Group, new() { Name = "“Other / prefer not to say” under equal footing" });
        await Expect(panel.GetByRole(AriaRole.Radio, new() { Name = "One person each (default)" })).ToBeCheckedAsync();
        var saved = await page.RunAndWaitForResponseAsync(
            () => panel.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex("^As a group") }).CheckAsync(),
            response => response.Url.EndsWith("/other-group", StringComparison.Ordinal));

        Assert.True(saved.Ok, $"PUT other-group answered {saved.Status}");
        var session = await RoomServer.ReadAsync(await fixture.Server.Api.GetAsync(new Uri($"/api/sessions/{room.Code}", UriKind.Relative)));
        Assert.Equal("asGroup", session["otherGroup"]!.GetValue<string>());
    }
}

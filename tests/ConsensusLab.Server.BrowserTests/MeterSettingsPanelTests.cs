using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>The console's settings panel shows the defaults and saves the moderator's Delphi share, which the card follows (issue 12).</summary>
[Collection(RoomTestGroup.Name)]
public sealed class MeterSettingsPanelTests(RoomFixture fixture)
{
    [Fact]
    public async Task Saving_a_Delphi_share_of_0_8_turns_the_cards_consensus_into_none()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        // Agree 7/9 ≈ 0.78 with IQR 1: consensus at 0.70, none at 0.80.
        foreach (var choice in new[] { 4, 4, 4, 4, 3, 3, 3, 2, 2 })
            await room.AnswerAsync(await room.JoinAsync("GOV"), "footing", new { requestId = Guid.NewGuid(), choice });
        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.ModeratorUrl);
        var verdict = Pages.ModeratorFigure(page, "footing", "verdict");
        await Expect(verdict).ToHaveTextAsync("Consensus for");

        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Settings" });
        var share = panel.GetByLabel("Delphi consensus: share agreeing (or disagreeing)");
        await Expect(share).ToHaveValueAsync("0.7");
        await Expect(panel.GetByText("Default: 0.70")).ToBeVisibleAsync();
        await share.FillAsync("0.8");
        var saved = await page.RunAndWaitForResponseAsync(
            () => panel.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync(),
            response => response.Url.EndsWith("/meter-settings", StringComparison.Ordinal));

        Assert.True(saved.Ok, $"PUT meter-settings answered {saved.Status}");
        await Expect(verdict).ToHaveTextAsync("No consensus");
        var session = await RoomServer.ReadAsync(await fixture.Server.Api.GetAsync(new Uri($"/api/sessions/{room.Code}", UriKind.Relative)));
        Assert.Equal(0.8, session["meterSettings"]!["delphiAgreeShare"]!.GetValue<double>());
        Assert.Equal(0.95, session["meterSettings"]!["confidence"]!.GetValue<double>());
    }

    [Fact]
    public async Task Saving_a_confidence_level_of_0_90_narrows_the_cards_interval_and_names_the_level()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        foreach (var choice in new[] { 4, 3, 1, 0 })
            await room.AnswerAsync(await room.JoinAsync("GOV"), "footing", new { requestId = Guid.NewGuid(), choice });
        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.ModeratorUrl);
        var card = page.Locator("[data-question=\"footing\"] .meter");
        // Half of 4 agree: Wilson on n = 4 is 15%–85% at 95%, 18%–82% at 90% (the range is a left-to-right isolate).
        await Expect(card).ToContainTextAsync("95% Wilson interval");
        await Expect(card).ToContainTextAsync("15–85%");

        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Settings" });
        await panel.GetByLabel("Confidence level of the intervals").FillAsync("0.9");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();

        await Expect(card).ToContainTextAsync("90% Wilson interval");
        await Expect(card).ToContainTextAsync("18–82%");
    }

    [Fact]
    public async Task Saving_raking_shows_the_design_effect_it_costs_and_an_impossible_margin_says_why()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        foreach (var (group, country, choice) in new[] { ("GOV", "KE", 4), ("GOV", "FR", 3), ("CS", "KE", 1), ("CS", "FR", 4), ("CS", "FR", 2) })
            await room.AnswerAsync(await room.JoinAsync(group, country), "footing", new { requestId = Guid.NewGuid(), choice });
        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.ModeratorUrl);
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Settings" });
        var outcome = panel.Locator("[data-figure=\"raking-outcome\"] [data-question=\"footing\"]");

        await panel.GetByLabel("Rake the recomputed and exported figures").CheckAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Save raking" }).ClickAsync();

        await Expect(outcome).ToContainTextAsync("footing: design effect 1.");

        await panel.GetByLabel("Asia-Pacific Group").FillAsync("1");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Save raking" }).ClickAsync();

        await Expect(outcome).ToContainTextAsync("cannot be balanced");
        await Expect(outcome).ToContainTextAsync("Asia-Pacific Group");
    }
}

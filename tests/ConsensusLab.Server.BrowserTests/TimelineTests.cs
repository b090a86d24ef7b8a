using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// The agreement-over-time chart comes from the ledger (issue 11): answers given before the page opened are on it,
/// live answers extend it, and a reload draws the same chart again, on the console and on the projector.
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed class TimelineTests(RoomFixture fixture)
{
    [Fact]
    public async Task Timeline_holds_earlier_answers_grows_live_and_survives_a_reload()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        foreach (var (group, choice) in new[] { ("GOV", 4), ("CS", 0), ("TC", 3) })
            await room.AnswerAsync(await room.JoinAsync(group), "footing", new { requestId = Guid.NewGuid(), choice });
        var moderator = await fixture.NewPageAsync("en");
        await moderator.GotoAsync(room.ModeratorUrl);
        var projector = await fixture.NewPageAsync("en");
        await projector.GotoAsync(room.ProjectorUrl);
        var consoleChart = moderator.Locator("[data-question=\"footing\"] .timeline-box");
        var projectorChart = projector.Locator(".projector-meter .timeline-box");

        // Three answers before either page opened: only the ledger knows them.
        await Expect(consoleChart).ToHaveAttributeAsync("data-points", "3");
        await Expect(projectorChart).ToHaveAttributeAsync("data-points", "3");

        await room.AnswerAsync(await room.JoinAsync("PS"), "footing", new { requestId = Guid.NewGuid(), choice = 4 });
        await Expect(consoleChart).ToHaveAttributeAsync("data-points", "4");
        await Expect(projectorChart).ToHaveAttributeAsync("data-points", "4");

        await moderator.ReloadAsync();
        await projector.ReloadAsync();
        await Expect(consoleChart).ToHaveAttributeAsync("data-points", "4");
        await Expect(projectorChart).ToHaveAttributeAsync("data-points", "4");
        // Last point: GOV, TC and PS agree, CS does not; equal footing weighs each group alike, so 3 of 4.
        await Expect(consoleChart.Locator("svg.timeline")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("to 75%"));
        Assert.Empty(fixture.PageErrors[moderator]);
        Assert.Empty(fixture.PageErrors[projector]);
    }
}

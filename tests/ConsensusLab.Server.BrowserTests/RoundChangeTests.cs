using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// The shift between rounds on the moderator's card: the paired tests' p-values render (issue 11: the page read
/// <c>shift.mcNemar.pValue</c> while the API sends <c>mcNemarPValue</c>) and the card says the weighting of its net change.
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed class RoundChangeTests(RoomFixture fixture)
{
    [Fact]
    public async Task The_shift_card_shows_the_McNemar_and_Wilcoxon_p_values_and_its_weighting()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        await room.OpenQuestionAsync("axis");
        var members = new List<string>();
        for (var i = 0; i < 6; i++)
            members.Add(await room.JoinAsync("CS"));
        // Round 1: all six strongly disagree and stand at −0.5; round 2: all six agree and stand at 0.
        foreach (var token in members)
        {
            await room.AnswerAsync(token, "footing", new { requestId = Guid.NewGuid(), choice = 0 });
            await room.AnswerAsync(token, "axis", new { requestId = Guid.NewGuid(), position = -0.5 });
        }
        await room.PostAsync($"/api/sessions/{room.Code}/questions/footing/rounds");
        await room.PostAsync($"/api/sessions/{room.Code}/questions/axis/rounds");
        foreach (var token in members)
        {
            await room.AnswerAsync(token, "footing", new { requestId = Guid.NewGuid(), choice = 3 });
            await room.AnswerAsync(token, "axis", new { requestId = Guid.NewGuid(), position = 0.0 });
        }

        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.ModeratorUrl);

        // McNemar: six moved to agree, none away: exact two-sided p = 2 · 0.5⁶ = 0.03125.
        await Expect(ChangeFigure(page, "footing", "mcnemar")).ToHaveTextAsync("0.031");
        await Expect(ChangeFigure(page, "footing", "net-change-agree")).ToHaveTextAsync("\u2066+100\u2069 points");
        // Wilcoxon: six equal moves of +0.5: z = 10.5 / √18.375 = 2.449, p = 0.0143.
        await Expect(ChangeFigure(page, "axis", "wilcoxon")).ToHaveTextAsync("0.014");
        await Expect(ChangeFigure(page, "axis", "net-change-mean")).ToHaveTextAsync("\u2066+0.50\u2069");
        await Expect(page.Locator("[data-question=\"axis\"] .round-change [data-figure=\"change-weighting\"]")).ToContainTextAsync("Equal footing");
    }

    private static ILocator ChangeFigure(IPage page, string question, string figure) =>
        page.Locator($"[data-question=\"{question}\"] .round-change [data-figure=\"{figure}\"]");
}

using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// Every figure the API computes has a place on the moderator's cards (issue 11): Tastle–Wierman and IQR on Likert,
/// Kendall's W and Borda on ranking, the verdict's rule, and design effect and between-group tests under "Details".
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed class MeterDetailsTests(RoomFixture fixture)
{
    private static object Session => new
    {
        requestId = Guid.NewGuid(),
        title = "Figures on the cards",
        privacyThreshold = 1,
        questions = new object[]
        {
            new { id = "agree", kind = "likert", prompt = "We agree.", options = Sessions.Likert5 },
            new { id = "rank", kind = "ranking", prompt = "Rank them.", options = new[] { "X", "Y", "Z" } },
        },
    };

    [Fact]
    public async Task Likert_and_ranking_cards_show_their_concordance_the_verdict_rule_and_the_details()
    {
        var room = await fixture.Server.CreateSessionAsync(Session);
        await room.OpenAsync();
        await room.OpenQuestionAsync("agree");
        await room.OpenQuestionAsync("rank");
        // GOV: 5 strongly agree; CS: 3 strongly agree, 2 disagree (60%, below the 70% criterion). Under equal footing the
        // room reaches 80% agree with an IQR of 0 (as in the HTTP VerdictRuleTests). Everyone ranks X, Y, Z alike.
        var answers = Enumerable.Repeat(("GOV", 4), 5).Concat(Enumerable.Repeat(("CS", 4), 3)).Concat(Enumerable.Repeat(("CS", 1), 2));
        foreach (var (group, choice) in answers)
        {
            var token = await room.JoinAsync(group);
            await room.AnswerAsync(token, "agree", new { requestId = Guid.NewGuid(), choice });
            await room.AnswerAsync(token, "rank", new { requestId = Guid.NewGuid(), ranking = new[] { 0, 1, 2 } });
        }

        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.ModeratorUrl);

        var likert = page.Locator("[data-question=\"agree\"] .meter");
        await Expect(likert.Locator("[data-figure=\"tastle-wierman\"]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^0\.\d\d$"));
        await Expect(likert.Locator("[data-figure=\"iqr\"]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d\.\d$"));
        // Under equal footing civil society keeps the verdict from consensus, and the card says by which rule.
        await Expect(likert.Locator("[data-figure=\"verdict\"]").First).ToHaveTextAsync("No consensus");
        await Expect(likert.Locator("[data-figure=\"verdict-rule\"]")).ToContainTextAsync("every group compared");
        await Expect(likert.Locator("[data-figure=\"holdouts\"]")).ToContainTextAsync("Civil society");
        await likert.Locator("details.meter-details summary").ClickAsync();
        await Expect(likert.Locator("[data-figure=\"design-effect\"]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1\.\d\d$"));
        await Expect(likert.Locator("[data-figure=\"chi-square\"]")).ToContainTextAsync("df");
        await Expect(likert.Locator("[data-figure=\"kruskal-wallis\"]")).ToContainTextAsync("H ");
        // Issue 12's further measures: two groups and two answers make a 2 × 2 table, so Yates' test is shown.
        await Expect(likert.Locator("[data-figure=\"dissention\"]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^0\.\d\d$"));
        await Expect(likert.Locator("[data-figure=\"top-two-box\"]")).ToHaveTextAsync("yes · yes · yes");
        await Expect(likert.Locator("[data-figure=\"yates\"]")).ToContainTextAsync("df 1");
        await Expect(likert.Locator("[data-figure=\"modal-share\"]")).ToHaveTextAsync("0.80");

        var ranking = page.Locator("[data-question=\"rank\"] .meter");
        // Ten identical rankings: perfect concordance.
        await Expect(ranking.Locator("[data-figure=\"kendall-w\"]")).ToHaveTextAsync("1.00");
        await Expect(ranking.GetByRole(AriaRole.Table, new() { Name = "Order by Borda score" })).ToBeVisibleAsync();
        await ranking.Locator("details.meter-details summary").ClickAsync();
        await Expect(ranking.Locator("[data-figure=\"uncorrected-w\"]")).ToHaveTextAsync("1.00");
        await Expect(ranking.Locator("[data-figure=\"items\"]")).ToHaveTextAsync("3");
    }
}

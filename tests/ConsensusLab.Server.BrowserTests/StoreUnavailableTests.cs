using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// While the server answers 503 (its database briefly away), the participant page says "Saving…", sends the same
/// answer again with the same request id, and confirms it once it is stored: no error on the way (issue 16).
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed partial class StoreUnavailableTests(RoomFixture fixture)
{
    private const string Prompt = "Governments can carry out their roles on an equal footing today.";

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Answer_refused_with_503_shows_saving_and_is_sent_again_with_its_request_id_until_stored(string language)
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        var text = await Pages.DictionaryAsync(fixture.Server, language);
        var page = await fixture.NewPageAsync(language, 390, 844);
        await Pages.JoinAsync(page, room, language, "CS", "KE");

        // The first two sends meet a store that is away; the third reaches the real server.
        var requestIds = new List<string>();
        await page.RouteAsync(AnswersPath(), async route =>
        {
            requestIds.Add(RequestId().Match(route.Request.PostData ?? "").Groups[1].Value);
            if (requestIds.Count <= 2)
                await route.FulfillAsync(new()
                {
                    Status = 503,
                    ContentType = "application/problem+json",
                    Headers = new Dictionary<string, string> { ["Retry-After"] = "2" },
                    Body = """{"title":"Store unavailable","status":503,"detail":"The server's database is failing just now; nothing was saved."}""",
                });
            else
                await route.ContinueAsync();
        });
        var sentAfter = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var card = Pages.QuestionCard(page, Prompt);
        await card.GetByRole(AriaRole.Radio).Nth(3).CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = text["answer.submit"], Exact = true }).ClickAsync();

        var submit = card.Locator("button[type=\"submit\"]");
        await Expect(submit).ToHaveTextAsync(text["answer.saving"]);
        await page.ScreenshotAsync(new() { Path = Screenshots.OutputPath($"saving-{language}.png") });
        await Expect(card.Locator(".problem")).ToBeHiddenAsync();
        await Expect(card.Locator(".confirmation")).ToContainTextAsync("\u2713", new() { Timeout = 15_000 });

        Assert.Equal(3, requestIds.Count);
        Assert.Single(requestIds.Distinct());
        // Issue 15: a UUIDv7, its first 48 bits the time it was made, so the ledger's index appends on the right.
        Assert.Matches(UuidVersion7(), requestIds[0]);
        Assert.InRange(Convert.ToInt64(requestIds[0].Replace("-", "", StringComparison.Ordinal)[..12], 16),
            sentAfter, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Empty(fixture.PageErrors[page]);
    }

    private static Regex AnswersPath() => new(@"/questions/footing/answers$");

    [GeneratedRegex("\"requestId\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex RequestId();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidVersion7();
}

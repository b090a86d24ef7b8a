using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// Whatever a moderator types stays inside its own box and its own direction (issue 10, finding 9): a long unbroken
/// word wraps instead of widening a phone's page, and a right-to-left override cannot reverse the text around it.
/// </summary>
[Collection(RoomTestGroup.Name)]
public sealed class UserTextTests(RoomFixture fixture)
{
    /// <summary>Stands for U+202E in the definition; the pages are handed the real character (see <see cref="HandOverridesAsync"/>).</summary>
    private const string Mark = "[[rlo]]";

    private const string RightToLeftOverride = "\u202E";

    public static TheoryData<string> Languages => new() { "en", "ar" };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Long_words_and_a_right_to_left_override_stay_inside_a_phone_screen_and_inside_their_own_text(string language)
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.LongWords(Mark));
        await room.OpenAsync();
        foreach (var question in new[] { "choice", "likert", "ranking", "axis" })
            await room.OpenQuestionAsync(question);
        var page = await fixture.NewPageAsync(language, 390, 844);
        await HandOverridesAsync(page, room);
        var texts = SessionTexts(room.Session, RightToLeftOverride);

        await page.GotoAsync(room.JoinUrl());
        await Expect(page.Locator("input[name=\"group\"]").First).ToBeVisibleAsync();
        await AssertFitsAndIsolatedAsync(page, texts, $"{language} join form");

        await Pages.JoinFirstGroupAsync(page, room, language, "KE");
        await Expect(page.Locator("form.question-card")).ToHaveCountAsync(4);
        var slider = page.GetByRole(AriaRole.Slider);
        await slider.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await Expect(page.Locator(".position-readout")).ToContainTextAsync(Sessions.LongWordStem);
        await Expect(page.Locator("#who-am-i bdi")).ToHaveTextAsync(texts.First(t => t.StartsWith(RightToLeftOverride + "Group", StringComparison.Ordinal)));
        await AssertFitsAndIsolatedAsync(page, texts, $"{language} questions");
        Assert.Empty(fixture.PageErrors[page]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Long_words_stay_inside_a_phone_screen_on_the_moderator_console_and_the_projector(string language)
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.LongWords());
        await room.OpenAsync();
        foreach (var question in new[] { "choice", "likert", "ranking", "axis" })
            await room.OpenQuestionAsync(question);
        foreach (var group in new[] { "LONG", "GOV" })
        {
            var token = await room.JoinAsync(group);
            await room.AnswerAsync(token, "choice", new { requestId = Guid.NewGuid(), choice = 0 });
            await room.AnswerAsync(token, "likert", new { requestId = Guid.NewGuid(), choice = 0 });
            await room.AnswerAsync(token, "ranking", new { requestId = Guid.NewGuid(), ranking = new[] { 1, 0 } });
            await room.AnswerAsync(token, "axis", new { requestId = Guid.NewGuid(), position = 0.4 });
        }
        var texts = SessionTexts(room.Session, "");

        var moderator = await fixture.NewPageAsync(language, 390, 844);
        await moderator.GotoAsync(room.ModeratorUrl);
        foreach (var question in new[] { "choice", "likert", "ranking", "axis" })
            await Expect(Pages.ModeratorFigure(moderator, question, "respondents")).ToHaveTextAsync("2");
        await AssertFitsAndIsolatedAsync(moderator, texts, $"{language} moderator console");

        var projector = await fixture.NewPageAsync(language, 390, 844);
        await projector.GotoAsync(room.ProjectorUrl);
        await Expect(Pages.ProjectorFigure(projector, "respondents")).ToHaveTextAsync("2");
        await AssertFitsAndIsolatedAsync(projector, texts, $"{language} projector");
        Assert.Empty(fixture.PageErrors[moderator]);
        Assert.Empty(fixture.PageErrors[projector]);
    }

    /// <summary>
    /// The server now refuses bidirectional controls in a new definition, but a session stored before that still carries
    /// them. The page is handed such a session: its snapshot and its live channel with the mark turned into U+202E.
    /// </summary>
    private async Task HandOverridesAsync(IPage page, Room room)
    {
        var session = $"/api/sessions/{room.Code}";
        await page.RouteAsync(url => new Uri(url).AbsolutePath == session, async route =>
        {
            var response = await route.FetchAsync();
            await route.FulfillAsync(new() { Response = response, Body = (await response.TextAsync()).Replace(Mark, RightToLeftOverride, StringComparison.Ordinal) });
        });
        // One `session` event, as the server sends first; the long retry keeps EventSource from asking again mid-test.
        await page.RouteAsync(url => new Uri(url).AbsolutePath == $"{session}/live", async route =>
        {
            var snapshot = JsonNode.Parse(await fixture.Server.Api.GetStringAsync(new Uri(session, UriKind.Relative)))!.ToJsonString();
            await route.FulfillAsync(new()
            {
                Status = 200,
                ContentType = "text/event-stream",
                Body = $"retry: 600000\nevent: session\ndata: {snapshot.Replace(Mark, RightToLeftOverride, StringComparison.Ordinal)}\n\n",
            });
        });
    }

    /// <summary>Every string of the session that holds the long word, as the page is given it.</summary>
    private static string[] SessionTexts(JsonNode session, string mark) =>
        [.. Strings(session).Where(s => s.Contains(Sessions.LongWordStem, StringComparison.Ordinal))
            .Select(s => s.Replace(Mark, mark, StringComparison.Ordinal)).Distinct()];

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    /// <summary>
    /// No sideways scrolling, and every piece of session text isolated: in an element of its own that is a &lt;bdi&gt; or
    /// carries dir="auto", or (in a sentence, an attribute or the tab title) between U+2068 and U+2069.
    /// </summary>
    private static async Task AssertFitsAndIsolatedAsync(IPage page, string[] texts, string what)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        // Nor pushed past either edge (in Arabic, a page wider than the phone opened on a blank strip); an element inside
        // a box that clips or scrolls (a wide table, an ellipsis) stays within that box.
        var outside = await page.EvaluateAsync<string[]>("""
            () => {
              const contained = (e) => {
                for (let box = e.parentElement; box && box !== document.body; box = box.parentElement) {
                  if (getComputedStyle(box).overflowX !== 'visible') return true;
                }
                return false;
              };
              return [...document.body.querySelectorAll('*')]
                .filter((e) => e.checkVisibility() && !contained(e))
                .map((e) => [e, e.getBoundingClientRect()])
                .filter(([, r]) => r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1))
                .map(([e, r]) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
            }
            """);
        Assert.True(outside.Length == 0, $"{what}: beyond the screen's edges: {string.Join("; ", outside)}");
        Assert.True(widths[0] <= widths[1], $"{what}: the page is {widths[0]} px wide on a {widths[1]} px screen");
        var loose = await page.EvaluateAsync<string[]>("""
            ([stem, texts]) => {
              const wanted = new Set(texts);
              const isolatedIn = (value) => texts.some((text) => value.includes(`\u2068${text}\u2069`));
              const loose = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.data.includes(stem)) continue;
                const holder = node.parentElement.closest('bdi, [dir="auto"]');
                if (holder ? !wanted.has(holder.textContent) : !isolatedIn(node.data)) {
                  loose.push(`${node.parentElement.tagName.toLowerCase()}.${node.parentElement.className}: ${node.data.slice(0, 40)}`);
                }
              }
              for (const element of document.body.querySelectorAll('*')) {
                for (const attribute of element.attributes) {
                  if (attribute.value.includes(stem) && !isolatedIn(attribute.value)) loose.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
                }
              }
              if (document.title.includes(stem) && !isolatedIn(document.title)) loose.push('title');
              return loose;
            }
            """, new object[] { Sessions.LongWordStem, texts });
        Assert.True(loose.Length == 0, $"{what}: session text not isolated in {string.Join("; ", loose)}");
    }
}

using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>The pages live within their own Content-Security-Policy: no inline script or style, no eval (issue 10, finding 10).</summary>
[Collection(RoomTestGroup.Name)]
public sealed class ContentSecurityPolicyTests(RoomFixture fixture)
{
    private const string Prompt = "Governments can carry out their roles on an equal footing today.";

    /// <summary>Runs before any page script: collects what the browser refused under the policy.</summary>
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    [Fact]
    public async Task Every_page_runs_under_the_policy_without_a_violation()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        await room.OpenQuestionAsync("axis");
        var console = new List<string>();

        var home = await OpenAsync(fixture.Server.Url("/"), console);
        await Expect(home.GetByRole(AriaRole.Heading, new() { Name = "Join a session" })).ToBeVisibleAsync();
        var create = await OpenAsync(fixture.Server.Url("/moderate"), console);
        await Expect(create.GetByRole(AriaRole.Button, new() { Name = "Create session" })).ToBeVisibleAsync();

        var participant = await OpenAsync(room.JoinUrl(), console, 390, 844);
        await Pages.JoinAsync(participant, room, "en", "CS", "KE");
        await Pages.AnswerChoiceAsync(participant, room, "en", Prompt, "Agree");
        await room.PostAsync($"/api/sessions/{room.Code}/questions/footing/reveal");
        await Expect(Pages.QuestionCard(participant, Prompt).Locator(".revealed-results svg").First).ToBeVisibleAsync();
        await Expect(participant.Locator(".position-track")).ToBeVisibleAsync();

        var moderator = await OpenAsync(room.ModeratorUrl, console);
        await Expect(Pages.ModeratorFigure(moderator, "footing", "respondents")).ToHaveTextAsync("1");
        // The QR code is an SVG image from this origin: it must be drawn, not refused.
        await moderator.WaitForFunctionAsync("() => document.querySelector('.join-panel img.qr')?.naturalWidth > 0");

        // The projector would show the question opened last (axis, unanswered); the moderator puts the answered one on it.
        await room.ShowOnProjectorAsync(new { mode = "question", questionId = "footing" });
        var projector = await OpenAsync(room.ProjectorUrl, console);
        await Expect(Pages.ProjectorFigure(projector, "respondents")).ToHaveTextAsync("1");

        foreach (var page in new[] { home, create, participant, moderator, projector })
        {
            var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
            Assert.True(violations.Length == 0, $"{page.Url}: {string.Join("; ", violations)}");
            Assert.Empty(fixture.PageErrors[page]);
        }
        Assert.Empty(console);
    }

    /// <summary>A page that records violations and policy messages on the console, opened only once it carries the policy.</summary>
    private async Task<IPage> OpenAsync(string url, List<string> console, int width = 1280, int height = 800)
    {
        var page = await fixture.NewPageAsync("en", width, height);
        await page.AddInitScriptAsync(RecordViolations);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                console.Add($"{page.Url}: {message.Text}");
        };
        var response = await page.GotoAsync(url);
        Assert.NotNull(response);
        Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        return page;
    }
}

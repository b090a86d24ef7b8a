using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>Screen-reader labels, keyboard focus order and WCAG AA contrast on the three pages.</summary>
[Collection(RoomTestGroup.Name)]
public sealed partial class AccessibilityTests(RoomFixture fixture)
{
    private const string Prompt = "Governments can carry out their roles on an equal footing today.";

    [Fact]
    public async Task Every_control_of_the_join_form_and_the_questions_has_an_accessible_name()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        await room.OpenQuestionAsync("axis");
        var page = await fixture.NewPageAsync("en", 360, 780);
        await page.GotoAsync(room.JoinUrl());

        await Expect(page.GetByLabel("Language")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Country", new() { Exact = true })).ToBeEditableAsync();
        await Expect(page.GetByLabel("Age (optional)")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Civil society", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "In the room", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Prefer not to say", Exact = true })).ToBeVisibleAsync();
        await EveryControlIsNamedAsync(page);

        await Pages.JoinAsync(page, room, "en", "CS", "KE");
        await Expect(page.GetByRole(AriaRole.Slider, new() { Name = "Where should Internet governance go from here?" })).ToBeVisibleAsync();
        await Expect(Pages.QuestionCard(page, Prompt).GetByRole(AriaRole.Radio, new() { Name = "Strongly agree", Exact = true })).ToBeVisibleAsync();
        await EveryControlIsNamedAsync(page);

        var moderator = await fixture.NewPageAsync("en");
        await moderator.GotoAsync(room.ModeratorUrl);
        await Expect(moderator.GetByRole(AriaRole.Radio, new() { Name = "Headcount" })).ToBeVisibleAsync();
        await Expect(moderator.GetByLabel("Number of codes")).ToBeVisibleAsync();
        await EveryControlIsNamedAsync(moderator);
    }

    [Fact]
    public async Task Tab_reaches_the_join_form_in_reading_order()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.JoinUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Join this session" })).ToBeVisibleAsync();

        var visited = new List<string>();
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            visited.Add(await page.EvaluateAsync<string>("""
                () => { const e = document.activeElement;
                  return [e.tagName.toLowerCase(), e.getAttribute('type') ?? '', e.getAttribute('name') ?? '', e.className ?? '', e.id ?? '',
                          (e.textContent ?? '').trim().slice(0, 20)].join('|'); }
                """));
        }
        int Step(Func<string, bool> match, string what)
        {
            var index = visited.FindIndex(v => match(v));
            Assert.True(index >= 0, $"Tab never reached {what}: {string.Join(" > ", visited)}");
            return index;
        }
        var order = new[]
        {
            Step(v => v.Contains("skip-link", StringComparison.Ordinal), "the skip link"),
            Step(v => v.Contains("|language-select|", StringComparison.Ordinal), "the language picker"),
            Step(v => v.StartsWith("input|radio|group|", StringComparison.Ordinal), "the stakeholder groups"),
            Step(v => v.StartsWith("input|text|", StringComparison.Ordinal), "the country"),
            Step(v => v.StartsWith("input|radio|attendance|", StringComparison.Ordinal), "the attendance"),
            Step(v => v.StartsWith("input|radio|gender|", StringComparison.Ordinal), "the gender"),
            Step(v => v.StartsWith("select|", StringComparison.Ordinal) && !v.Contains("language", StringComparison.Ordinal), "the age band"),
            Step(v => v.StartsWith("button|submit|", StringComparison.Ordinal), "the Join button"),
        };
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task Text_contrast_meets_WCAG_AA_on_the_participant_moderator_and_projector_pages()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        await room.AnswerAsync(await room.JoinAsync("GOV"), "footing", new { requestId = Guid.NewGuid(), choice = 3 });
        await room.AnswerAsync(await room.JoinAsync("CS"), "footing", new { requestId = Guid.NewGuid(), choice = 0 });

        var participant = await fixture.NewPageAsync("en", 360, 780);
        await participant.GotoAsync(room.JoinUrl());
        await Expect(participant.GetByRole(AriaRole.Heading, new() { Name = "Join this session" })).ToBeVisibleAsync();
        await AssertContrastAsync(participant, "participant join form");
        await Pages.JoinAsync(participant, room, "en", "TC", "KE");
        await Pages.AnswerChoiceAsync(participant, room, "en", Prompt, "Agree");
        await AssertContrastAsync(participant, "participant question");

        var moderator = await fixture.NewPageAsync("en");
        await moderator.GotoAsync(room.ModeratorUrl);
        await Expect(Pages.ModeratorFigure(moderator, "footing", "respondents")).ToHaveTextAsync("3");
        await AssertContrastAsync(moderator, "moderator console");

        var projector = await fixture.NewPageAsync("en");
        await projector.GotoAsync(room.ProjectorUrl);
        await Expect(Pages.ProjectorFigure(projector, "respondents")).ToHaveTextAsync("3");
        await AssertContrastAsync(projector, "projector");
    }

    private static async Task AssertContrastAsync(IPage page, string what)
    {
        var result = await page.EvaluateAsync<JsonElement>(Contrast.Script);
        var checkedTexts = result.GetProperty("checked").GetInt32();
        var failures = result.GetProperty("failures").EnumerateArray().Select(f => f.GetString()).ToArray();
        Assert.True(checkedTexts > 10, $"{what}: only {checkedTexts} texts checked");
        Assert.True(failures.Length == 0, $"{what}: {string.Join("\n", failures)}");
    }

    private static async Task EveryControlIsNamedAsync(IPage page)
    {
        var controls = page.Locator("input:visible, select:visible, textarea:visible, button:visible");
        var count = await controls.CountAsync();
        Assert.True(count > 3, $"only {count} controls found");
        for (var i = 0; i < count; i++)
            await Expect(controls.Nth(i)).ToHaveAccessibleNameAsync(NonBlank());
    }

    [GeneratedRegex(@"\S")]
    private static partial Regex NonBlank();
}

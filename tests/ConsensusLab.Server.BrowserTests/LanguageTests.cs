using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>The six UN languages: complete dictionaries, the language picker, and Arabic right to left.</summary>
[Collection(RoomTestGroup.Name)]
public sealed partial class LanguageTests(RoomFixture fixture)
{
    public static TheoryData<string> Translations => new() { "ar", "zh", "fr", "ru", "es" };

    [Theory]
    [MemberData(nameof(Translations))]
    public async Task Every_English_string_has_a_translation_with_the_same_placeholders(string language)
    {
        var english = await fixture.Server.Api.GetFromJsonAsync<Dictionary<string, string>>("/i18n/en.json");
        var own = await fixture.Server.Api.GetFromJsonAsync<Dictionary<string, string>>($"/i18n/{language}.json");
        Assert.NotNull(english);
        Assert.NotNull(own);
        foreach (var (key, text) in english)
        {
            if (PluralForm().IsMatch(key))
            {
                // Plural forms differ by language; the "other" form must exist.
                Assert.True(own.ContainsKey(PluralForm().Replace(key, ".other")), $"{language}: {key} has no 'other' form");
                continue;
            }
            Assert.True(own.TryGetValue(key, out var translated), $"{language}: {key} is missing");
            Assert.Equal(Placeholders(text), Placeholders(translated!));
        }
    }

    [Fact]
    public async Task Arabic_renders_right_to_left_and_the_axis_keeps_its_meaning()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("axis");
        var text = await Pages.DictionaryAsync(fixture.Server, "ar");
        var page = await fixture.NewPageAsync("ar", 360, 780);
        await Pages.JoinAsync(page, room, "ar", "GOV", "EG");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = text["participant.questions"] })).ToBeVisibleAsync();

        // −1 ("evolve") is the slider's logical start: on the right in Arabic; +1 ("create") on the left.
        var card = Pages.QuestionCard(page, "Where should Internet governance go from here?");
        var evolve = await card.Locator(".position-end-min").BoundingBoxAsync();
        var create = await card.Locator(".position-end-max").BoundingBoxAsync();
        Assert.True(evolve!.X > create!.X, $"evolve at x={evolve.X}, create at x={create.X}");
        var slider = card.GetByRole(AriaRole.Slider);
        await slider.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await Expect(slider).ToHaveValueAsync("1");
        await Expect(card.Locator(".position-readout")).ToContainTextAsync("Create new structures");
        await Expect(card.Locator(".position-readout")).ToContainTextAsync("+1.00");
        var thumbSide = await slider.EvaluateAsync<double>("e => { const r = e.getBoundingClientRect(); return r.left; }");
        Assert.True(thumbSide >= 0);

        await card.GetByRole(AriaRole.Button, new() { Name = text["answer.submit"], Exact = true }).ClickAsync();
        await Expect(card.Locator(".confirmation")).ToContainTextAsync("\u2713");
        Assert.Empty(fixture.PageErrors[page]);
    }

    [Fact]
    public async Task The_language_picker_switches_the_page_and_remembers_the_choice()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.JoinUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Join this session" })).ToBeVisibleAsync();

        await page.GetByLabel("Language").SelectOptionAsync("ru");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Присоединиться к сессии" })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Гражданское общество", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Язык").SelectOptionAsync("zh");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "技术界", Exact = true })).ToBeVisibleAsync();
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\.(zero|one|two|few|many|other)$")]
    private static partial Regex PluralForm();
}

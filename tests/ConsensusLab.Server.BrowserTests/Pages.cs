using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>What a person does on the pages, in any of the six languages: labels come from the page's own dictionaries.</summary>
internal static class Pages
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Dictionaries = new();

    public static async Task<IReadOnlyDictionary<string, string>> DictionaryAsync(RoomServer server, string language)
    {
        if (Dictionaries.TryGetValue(language, out var cached))
            return cached;
        var english = await server.Api.GetFromJsonAsync<Dictionary<string, string>>("/i18n/en.json") ?? [];
        var own = language == "en" ? english : await server.Api.GetFromJsonAsync<Dictionary<string, string>>($"/i18n/{language}.json") ?? [];
        var merged = new Dictionary<string, string>(english);
        foreach (var (key, value) in own)
            merged[key] = value;
        return Dictionaries[language] = merged;
    }

    /// <summary>Joins through the form: group by its radio, country typed as its name in the page's language, in the room.</summary>
    public static async Task JoinAsync(IPage page, Room room, string language, string group, string country)
    {
        var text = await DictionaryAsync(room.Server, language);
        await page.GotoAsync(room.JoinUrl());
        await page.GetByRole(AriaRole.Radio, new() { Name = text[$"group.{group}"], Exact = true }).CheckAsync();
        await FinishJoinAsync(page, text, language, country);
    }

    /// <summary>Joins through the form already on screen, in the first group it offers (a group the moderator named).</summary>
    public static async Task JoinFirstGroupAsync(IPage page, Room room, string language, string country)
    {
        var text = await DictionaryAsync(room.Server, language);
        await page.Locator("input[name=\"group\"]").First.CheckAsync();
        await FinishJoinAsync(page, text, language, country);
    }

    private static async Task FinishJoinAsync(IPage page, IReadOnlyDictionary<string, string> text, string language, string country)
    {
        var countryName = await page.EvaluateAsync<string>(
            "([language, iso]) => new Intl.DisplayNames([language], { type: 'region' }).of(iso)", new[] { language, country });
        await page.GetByLabel(text["join.country"], new() { Exact = true }).FillAsync(countryName);
        await page.GetByRole(AriaRole.Radio, new() { Name = text["attendance.onsite"], Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = text["join.submit"], Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = text["participant.questions"], Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Answers a choice question and waits for the server's acknowledgement on screen.</summary>
    public static async Task AnswerChoiceAsync(IPage page, Room room, string language, string questionPrompt, string option)
    {
        var text = await DictionaryAsync(room.Server, language);
        var card = QuestionCard(page, questionPrompt);
        await card.GetByRole(AriaRole.Radio, new() { Name = option, Exact = true }).CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = text["answer.submit"], Exact = true }).ClickAsync();
        await Expect(card.Locator(".confirmation")).ToContainTextAsync("\u2713");
    }

    public static ILocator QuestionCard(IPage page, string prompt) =>
        page.Locator("form.question-card").Filter(new() { Has = page.GetByText(prompt, new() { Exact = true }) });

    /// <summary>A figure of one question's meter on the moderator console.</summary>
    public static ILocator ModeratorFigure(IPage page, string question, string figure) =>
        page.Locator($"[data-question=\"{question}\"] .meter [data-figure=\"{figure}\"]").First;

    /// <summary>A figure of the current question's meter on the projector.</summary>
    public static ILocator ProjectorFigure(IPage page, string figure) =>
        page.Locator($".projector-meter [data-figure=\"{figure}\"]").First;
}

using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>The moderator's console: keys, setup, question control, rounds, reveal, weighting and invite codes.</summary>
[Collection(RoomTestGroup.Name)]
public sealed class ModeratorTests(RoomFixture fixture)
{
    private const string Prompt = "Governments can carry out their roles on an equal footing today.";

    [Fact]
    public async Task A_session_set_up_from_scratch_keeps_its_options_and_shows_the_secret_links()
    {
        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(fixture.Server.Url("/moderate"));
        await page.GetByLabel("Require invite codes").CheckAsync();
        await page.GetByLabel("Privacy threshold").FillAsync("3");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Headcount" }).CheckAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Regional coordination");
        await page.GetByLabel("Prompt", new() { Exact = true }).FillAsync("No stakeholder group advances alone.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create session" }).ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/moderate/[A-Z0-9]{6}$"));
        var link = page.GetByLabel("Moderator link (keep it secret)");
        await Expect(link).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("#key=.+"));
        await Expect(page.GetByLabel("Projector link")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/project/[A-Z0-9]{6}#key=.+"));
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Headcount" })).ToBeCheckedAsync();

        var code = page.Url[^6..];
        var session = await RoomServer.ReadAsync(await fixture.Server.Api.GetAsync($"/api/sessions/{code}"));
        Assert.True(session["privacyThreshold"] is not null, $"SessionView has no privacyThreshold: {session}");
        Assert.Equal(3, session["privacyThreshold"]!.GetValue<int>());
        Assert.True(session["requireInvites"]?.GetValue<bool>(), "SessionView has no requireInvites: true");
        Assert.Equal("headcount", session["weighting"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_its_key_the_console_asks_for_the_moderator_link_and_accepts_it()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(fixture.Server.Url($"/moderate/{room.Code}"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This session needs its moderator link" })).ToBeVisibleAsync();

        await page.GetByLabel("Moderator link or key").FillAsync(room.ModeratorUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();
        await Expect(page.GetByLabel("Moderator link (keep it secret)")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This session needs its moderator link" })).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open session" }).ClickAsync();
        await Expect(page.Locator(".console-header .badge")).ToHaveTextAsync("Open");
    }

    [Fact]
    public async Task Switching_the_weighting_redraws_the_meters_at_once()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        await room.AnswerAsync(await room.JoinAsync("GOV"), "footing", new { requestId = Guid.NewGuid(), choice = 4 });
        for (var i = 0; i < 3; i++)
            await room.AnswerAsync(await room.JoinAsync("CS"), "footing", new { requestId = Guid.NewGuid(), choice = 0 });

        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.ModeratorUrl);
        await Expect(Pages.ModeratorFigure(page, "footing", "agree")).ToHaveTextAsync("50%");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Headcount" }).CheckAsync();
        await Expect(Pages.ModeratorFigure(page, "footing", "agree")).ToHaveTextAsync("25%", new() { Timeout = 1000 });
        await Expect(page.Locator("[data-question=\"footing\"] .timeline-box svg")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Next_closes_the_open_question_and_opens_the_following_one()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.ModeratorUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Next: question 2" }).ClickAsync();
        await Expect(page.Locator("[data-question=\"footing\"] .badge").First).ToHaveTextAsync("Closed");
        await Expect(page.Locator("[data-question=\"axis\"] .badge").First).ToHaveTextAsync("Open");
        await Expect(page.GetByText("Now open: question 2")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Next_with_several_questions_open_closes_them_all_and_opens_the_one_after_the_last()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        await room.OpenQuestionAsync("axis");
        var page = await fixture.NewPageAsync("en");
        await page.GotoAsync(room.ModeratorUrl);
        await Expect(page.Locator(".now-showing")).ToHaveTextAsync("2 questions open: 1 and 2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next: question 3" }).ClickAsync();
        await Expect(page.Locator("[data-question=\"footing\"] .badge").First).ToHaveTextAsync("Closed");
        await Expect(page.Locator("[data-question=\"axis\"] .badge").First).ToHaveTextAsync("Closed");
        await Expect(page.Locator("[data-question=\"venue\"] .badge").First).ToHaveTextAsync("Open");
        await Expect(page.GetByText("Now open: question 3")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Revealed_results_reach_the_participants()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        var phone = await fixture.NewPageAsync("fr", 360, 780);
        await Pages.JoinAsync(phone, room, "fr", "CS", "SN");
        await Pages.AnswerChoiceAsync(phone, room, "fr", Prompt, "Agree");

        var moderator = await fixture.NewPageAsync("en");
        await moderator.GotoAsync(room.ModeratorUrl);
        await Expect(Pages.ModeratorFigure(moderator, "footing", "respondents")).ToHaveTextAsync("1");
        await moderator.Locator("[data-question=\"footing\"]").GetByRole(AriaRole.Button, new() { Name = "Reveal results" }).ClickAsync();

        var text = await Pages.DictionaryAsync(fixture.Server, "fr");
        var card = Pages.QuestionCard(phone, Prompt);
        await Expect(card.GetByRole(AriaRole.Heading, new() { Name = text["results.heading"] })).ToBeVisibleAsync();
        await Expect(card.Locator(".revealed-results")).ToContainTextAsync(text["group.CS"]);
    }

    [Fact]
    public async Task Revealed_results_show_when_their_meters_come_just_before_the_session_event_that_reveals_them()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        var phone = await fixture.NewPageAsync("en", 360, 780);
        await Pages.JoinAsync(phone, room, "en", "CS", "SN");
        await Pages.AnswerChoiceAsync(phone, room, "en", Prompt, "Agree");
        await room.PostAsync($"/api/sessions/{room.Code}/questions/footing/reveal");

        // The server's stream can send a reveal's meters before the session event (its loop sends meters first):
        // hand the phone exactly that order.
        var revealed = await RoomServer.ReadAsync(await fixture.Server.Api.GetAsync(new Uri($"/api/sessions/{room.Code}", UriKind.Relative)));
        var before = revealed.DeepClone().AsObject();
        before["questions"]!.AsArray().Single(q => q!["id"]!.GetValue<string>() == "footing")!["revealed"] = false;
        using var meters = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{room.Code}/questions/footing/meters");
        meters.Headers.Add("X-Moderator-Key", room.ModeratorKey);
        var update = await RoomServer.ReadAsync(await fixture.Server.Api.SendAsync(meters));
        await phone.RouteAsync(url => new Uri(url).AbsolutePath == $"/api/sessions/{room.Code}/live", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/event-stream",
            Body = $"retry: 600000\nevent: session\ndata: {before.ToJsonString()}\n\nevent: meters\ndata: {update.ToJsonString()}\n\n"
                + $"event: session\ndata: {revealed.ToJsonString()}\n\n",
        }));
        await phone.ReloadAsync();

        await Expect(Pages.QuestionCard(phone, Prompt).GetByRole(AriaRole.Heading, new() { Name = "Results shown by the moderator" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_new_round_shows_participants_the_previous_round_and_the_moderator_the_shift()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation());
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        await room.AnswerAsync(await room.JoinAsync("GOV"), "footing", new { requestId = Guid.NewGuid(), choice = 4 });
        var phone = await fixture.NewPageAsync("es", 360, 780);
        await Pages.JoinAsync(phone, room, "es", "PS", "MX");
        await Pages.AnswerChoiceAsync(phone, room, "es", Prompt, "Disagree");

        var moderator = await fixture.NewPageAsync("en");
        await moderator.GotoAsync(room.ModeratorUrl);
        var card = moderator.Locator("[data-question=\"footing\"]");
        await Expect(Pages.ModeratorFigure(moderator, "footing", "respondents")).ToHaveTextAsync("2");
        await card.GetByRole(AriaRole.Button, new() { Name = "New round" }).ClickAsync();
        await Expect(card.Locator(".round-badge")).ToHaveTextAsync("Round 2");

        var text = await Pages.DictionaryAsync(fixture.Server, "es");
        var heading = text["round.heading"].Replace("{round}", "2", StringComparison.Ordinal).Replace("{previous}", "1", StringComparison.Ordinal);
        var phoneCard = Pages.QuestionCard(phone, Prompt);
        await Expect(phoneCard.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await Pages.AnswerChoiceAsync(phone, room, "es", Prompt, "Agree");
        await Expect(card.Locator(".round-change")).ToContainTextAsync("Shift from round 1 to round 2");
    }

    [Fact]
    public async Task Invite_codes_let_participants_join_a_session_that_requires_them()
    {
        var room = await fixture.Server.CreateSessionAsync(Sessions.EnhancedCooperation(requireInvites: true));
        await room.OpenAsync();
        await room.OpenQuestionAsync("footing");
        var moderator = await fixture.NewPageAsync("en");
        await moderator.GotoAsync(room.ModeratorUrl);
        await moderator.GetByLabel("Stakeholder group", new() { Exact = true }).SelectOptionAsync("GOV");
        await moderator.GetByLabel("Number of codes").FillAsync("2");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Create codes" }).ClickAsync();
        var codes = moderator.Locator("textarea.invite-codes");
        await Expect(codes).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"\S+\n\S+"));
        var first = (await codes.InputValueAsync()).Split('\n')[0];

        var phone = await fixture.NewPageAsync("ru", 360, 780);
        var text = await Pages.DictionaryAsync(fixture.Server, "ru");
        await phone.GotoAsync(room.JoinUrl());
        await Expect(phone.GetByRole(AriaRole.Radio, new() { Name = text["group.GOV"], Exact = true })).ToHaveCountAsync(0);
        await phone.GetByLabel(text["join.inviteCode"]).FillAsync(first);
        await phone.GetByLabel(text["join.country"], new() { Exact = true }).FillAsync("RU");
        await phone.GetByRole(AriaRole.Radio, new() { Name = text["attendance.online"], Exact = true }).CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = text["join.submit"], Exact = true }).ClickAsync();
        await Expect(phone.Locator("#who-am-i")).ToContainTextAsync(text["group.GOV"]);
    }
}

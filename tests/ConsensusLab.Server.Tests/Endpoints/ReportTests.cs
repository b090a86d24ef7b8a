using System.Net;
using System.Text.RegularExpressions;

namespace ConsensusLab.Server.Tests.Endpoints;

/// <summary>GET /api/sessions/{code}/report: the rapporteur's report, for the moderator only (issue 13).</summary>
public sealed partial class ReportTests : IAsyncLifetime
{
    private readonly ConsensusServer _server = new();
    private string _code = "";

    public async Task InitializeAsync()
    {
        _code = await _server.CreateSessionAsync(Sessions.LikertAndPosition);
        foreach (var (group, country, gender, choice) in new[] { ("GOV", "FR", "female", 4), ("CS", "NP", "male", 1), ("TC", "KE", "female", 3) })
        {
            var token = await _server.JoinAsync(_code, group, country, gender, "18-24");
            await _server.AnswerOkAsync(_code, "agree", token, new { choice });
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<HttpResponseMessage> GetAsync(string query = "", string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{_code}/report{query}");
        if (key is not null)
            request.Headers.Add("X-Moderator-Key", key);
        return _server.Client.SendAsync(request);
    }

    [Fact]
    public async Task The_moderator_gets_a_self_contained_html_report_whose_participation_block_equals_participation_json()
    {
        var response = await _server.ModeratorAsync(HttpMethod.Get, _code, "report");
        var html = await response.Content.ReadAsStringAsync();
        var figures = await ConsensusServer.ReadAsync(await _server.ModeratorAsync(HttpMethod.Get, _code, "exports/participation.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        // The page's inline stylesheet is allowed by its hash; nothing may run.
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("style-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        var cells = FigureCell().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(figures["gender"]!["female"]!["count"]!.GetValue<int>(), cells["female"]);
        Assert.Equal(figures["gender"]!["male"]!["count"]!.GetValue<int>(), cells["male"]);
        Assert.Equal(figures["age"]!["young"]!["count"]!.GetValue<int>(), cells["young"]);
        Assert.Equal(figures["development"]!["developingExcludingLdc"]!["count"]!.GetValue<int>(), cells["developing"]);
        Assert.Equal(figures["development"]!["developed"]!["count"]!.GetValue<int>(), cells["developed"]);
        Assert.Equal(figures["development"]!["leastDeveloped"]!["count"]!.GetValue<int>(), cells["ldc"]);
        Assert.Equal(figures["total"]!.GetValue<int>(), cells["total"]);
        Assert.Equal(figures["igfReportLine"]!.GetValue<string>(), string.Join(' ', cells.Values));
    }

    [Fact]
    public async Task The_report_is_written_in_the_language_asked_for()
    {
        var html = await (await _server.ModeratorAsync(HttpMethod.Get, _code, "report?lang=ar")).Content.ReadAsStringAsync();

        Assert.StartsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("تقرير الجلسة", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_key_the_report_is_refused()
    {
        var response = await GetAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task With_the_view_key_or_a_wrong_key_the_report_is_forbidden(bool viewKey)
    {
        var response = await GetAsync(key: viewKey ? _server.ViewKeys[_code] : "not-the-moderator-key");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_report_of_an_unknown_session_is_not_found()
    {
        var response = await _server.Client.GetAsync("/api/sessions/ZZZZZZ/report");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("?lang=de")]
    [InlineData("?format=docx")]
    public async Task An_unknown_language_or_format_is_a_bad_request(string query)
    {
        var response = await _server.ModeratorAsync(HttpMethod.Get, _code, $"report{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_chromium_the_pdf_is_unavailable_and_says_which_setting_to_change()
    {
        await using var server = new ConsensusServer(settings: new Dictionary<string, string> { ["Reporting:ChromiumPath"] = "/nonexistent/chromium" });
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);

        var response = await server.ModeratorAsync(HttpMethod.Get, code, "report?format=pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Reporting:ChromiumPath", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task With_chromium_the_report_is_served_as_pdf()
    {
        var response = await _server.ModeratorAsync(HttpMethod.Get, _code, "report?format=pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
    }

    [GeneratedRegex("<td data-figure=\"(?<name>[^\"]+)\"><bdi dir=\"ltr\" class=\"n\">(?<value>\\d+)</bdi></td>")]
    private static partial Regex FigureCell();
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace ConsensusLab.Server.Tests.Telemetry;

/// <summary>Every request gets one log line with its route template and status, and no line carries a secret.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Request_is_logged_once_with_its_route_template_and_status_and_no_key_or_token_or_answer()
    {
        var sink = new CapturingSink();
        await using var server = new ConsensusServer(settings: new Dictionary<string, string> { ["Logging:MinimumLevel"] = "Debug" },
            services: services => services.AddSingleton<ILogEventSink>(sink));
        var code = await server.CreateSessionAsync(Sessions.LikertAndPosition);
        var token = await server.JoinAsync(code, "CS");
        await server.AnswerOkAsync(code, "agree", token, new { requestId = "logged-answer", choice = 3 });
        var refused = await server.AnswerAsync(code, "agree", token, new { requestId = "refused-answer", choice = 9 });
        var viewKey = server.ViewKeys[code];
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/api/sessions/{code}/meters?key={viewKey}")).StatusCode);
        // The request line is written once the response has gone, so the client can be a moment ahead of it.
        await WhenLoggedAsync(sink, "/api/sessions/{code}/meters");

        var requests = sink.Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)).ToList();
        var answers = requests.Where(e => Scalar(e, "RouteTemplate") == "/api/sessions/{code}/questions/{questionId}/answers/").ToList();
        Assert.Equal([200, 422], answers.Select(e => int.Parse(Scalar(e, "StatusCode"), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Single(requests, e => Scalar(e, "RouteTemplate") == "/api/sessions/{code}/meters");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        // Everything the server logged, rendered with every property: no key, token or answer content anywhere.
        var everything = string.Join('\n', sink.Events.Select(e => e.RenderMessage() + " " + string.Join(' ', e.Properties.Select(p => p.Value.ToString()))));
        Assert.DoesNotContain(viewKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(server.ModeratorKeys[code], everything, StringComparison.Ordinal);
        Assert.DoesNotContain(token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("logged-answer", everything, StringComparison.Ordinal);
        // Probes are logged below the default level, so an orchestrator's polling does not bury the room's requests.
        await server.Client.GetAsync("/health/ready");
        await WhenLoggedAsync(sink, "/health/ready");
        Assert.All(RequestLines(sink).Where(e => Scalar(e, "RouteTemplate").StartsWith("/health", StringComparison.Ordinal)),
            e => Assert.Equal(LogEventLevel.Debug, e.Level));
        // An acknowledged answer is counted by the answer metrics and logged below the default level (a plenary sends
        // thousands a second); its refusal is logged at the default level like any other request.
        Assert.Equal([LogEventLevel.Debug, LogEventLevel.Information], answers.Select(e => e.Level));
    }

    [Fact]
    public async Task Each_server_in_a_process_logs_its_own_requests()
    {
        var firstSink = new CapturingSink();
        var secondSink = new CapturingSink();
        var informationLevel = new Dictionary<string, string> { ["Logging:MinimumLevel"] = "Information" };
        await using var first = new ConsensusServer(settings: informationLevel, services: services => services.AddSingleton<ILogEventSink>(firstSink));
        await first.Client.GetAsync("/api/templates");
        await using var second = new ConsensusServer(settings: informationLevel, services: services => services.AddSingleton<ILogEventSink>(secondSink));
        await second.Client.GetAsync("/api/templates");
        // The first server was built before the second: its requests still go to its own sinks, not to the newer server's.
        await first.Client.GetAsync("/api/countries");
        await WhenLoggedAsync(firstSink, "/api/countries");

        Assert.Contains(RequestLines(firstSink), e => Scalar(e, "RouteTemplate") == "/api/countries");
        Assert.DoesNotContain(RequestLines(secondSink), e => Scalar(e, "RouteTemplate") == "/api/countries");
    }

    /// <summary>
    /// Waits (up to ten seconds) for the request line of the last request sent, the one with this route template; the
    /// assertions that follow say what is wrong if it never comes.
    /// </summary>
    private static async Task WhenLoggedAsync(CapturingSink sink, string routeTemplate)
    {
        for (var waited = 0; !RequestLines(sink).Any(e => Scalar(e, "RouteTemplate") == routeTemplate) && waited < 10_000; waited += 50)
            await Task.Delay(50);
    }

    private static IEnumerable<LogEvent> RequestLines(CapturingSink sink) =>
        sink.Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal));

    private static string Scalar(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: { } scalar } ? scalar.ToString()! : "";
}

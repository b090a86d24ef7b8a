using System.Text.Json;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using ConsensusLab.Server.Extensions;
using ConsensusLab.Server.Live;
using ConsensusLab.Server.Telemetry;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

internal static class MeterEndpoints
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapMeterEndpoints(this IEndpointRouteBuilder app)
    {
        var meters = app.MapGroup("/api/sessions/{code}").WithTags("Meters")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        meters.MapGet("/meters", AllAsync).WithSummary("Read every question's meters").Produces<SessionMeters>().RequireViewKey();
        meters.MapGet("/questions/{questionId}/meters", OneAsync).WithSummary("Read a question's meters").Produces<MeterUpdate>().RequireViewKey();
        meters.MapGet("/live", LiveAsync).WithSummary("Follow the session live (server-sent events)")
            .WithDescription("'session' events carry the session view, 'meters' events a question's meters: every question's with a key, "
                + "the revealed ones without. meters=false leaves meters out. The stream stays open; reconnect for a full snapshot.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream").AcceptsOptionalKey().AcceptsKeyInQuery();
        return app;
    }

    /// <summary>Current meters of every question, read from the grains (not the coalesced live feed).</summary>
    private static async Task<IResult> AllAsync(string code, HttpRequest request, SessionViews views, IGrainFactory grains)
    {
        var session = await views.RequireAsync(code);
        request.RequireViewer(session);
        var weights = await views.CustomWeightsAsync(session);
        var updates = new List<MeterUpdate>();
        foreach (var question in session.Definition.Questions)
            updates.Add(await CurrentAsync(session, question.Id, weights, grains));
        return TypedResults.Ok(new SessionMeters(session.Code, updates));
    }

    private static async Task<IResult> OneAsync(string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains)
    {
        var session = await views.RequireAsync(code);
        request.RequireViewer(session);
        session.Require(questionId);
        return TypedResults.Ok(await CurrentAsync(session, questionId, await views.CustomWeightsAsync(session), grains));
    }

    private static async Task<MeterUpdate> CurrentAsync(SessionSnapshot session, string questionId,
        IReadOnlyDictionary<string, double> weights, IGrainFactory grains)
    {
        var grain = grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, questionId));
        var snapshot = await grain.GetSnapshot();
        var tally = await grain.GetTally();
        return new MeterUpdate(session.Code, questionId, tally.Version, snapshot.Status, snapshot.Round, snapshot.Revealed,
            SchemeMeters.Compute(tally, weights, session.OtherGroups, session.Definition.PrivacyThreshold,
                session.MeterSettings.ToOptions())) { GroupMembership = session.Membership };
    }

    /// <summary>
    /// Server-sent events: the session view and (unless meters=false) every question's meters at once, then each change as it is
    /// published (at most ten a second per question), and a keep-alive comment when nothing changes. The stream ends when
    /// the client goes or this server stops; the page then reconnects (to any silo) and gets everything afresh.
    /// </summary>
    private static async Task LiveAsync(string code, bool? meters, HttpContext context, SessionViews views, LiveMeterHub hub,
        IHostApplicationLifetime lifetime)
    {
        var session = await views.RequireAsync(code);
        var live = await hub.WatchAsync(session);
        // Every meter goes to moderators and projectors (a key); everyone gets the meters the moderator revealed.
        var allMeters = (meters ?? true) && ModeratorAccess.LevelOf(context.Request, session) >= AccessLevel.Viewer;
        using var subscription = live.Subscribe();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var cancellation = ended.Token;
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";

        var sent = new Dictionary<string, MeterUpdate>(StringComparer.Ordinal);
        ServerMetrics.LiveConnectionOpened();
        try
        {
            // Read again now that this connection hears every change: one made since the read above would be lost.
            session = await views.RequireAsync(code);
            await SendAsync(response, "session", await views.BuildAsync(session, context.Request), cancellation);
            while (!cancellation.IsCancellationRequested)
            {
                foreach (var question in session.Definition.Questions)
                    if (live.Meters(question.Id) is { } update && (allMeters || update.Revealed)
                        && (!sent.TryGetValue(question.Id, out var previous) || previous != update))
                    {
                        await SendAsync(response, "meters", update, cancellation);
                        sent[question.Id] = update;
                    }
                await response.Body.FlushAsync(cancellation);
                if (!await subscription.WaitAsync(KeepAlive, cancellation))
                    await response.WriteAsync(": keep-alive\n\n", cancellation);
                else if (subscription.TakeSessionChanged())
                {
                    session = await views.RequireAsync(code);
                    await SendAsync(response, "session", await views.BuildAsync(session, context.Request), cancellation);
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The client left or the server is stopping: the stream simply ends.
        }
        finally
        {
            ServerMetrics.LiveConnectionClosed();
        }
    }

    private static async Task SendAsync<T>(HttpResponse response, string eventName, T data, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(data, ApiJson.Options);
        await response.WriteAsync($"event: {eventName}\ndata: {json}\n\n", cancellationToken);
    }
}

using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.Samples;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

internal static class SessionEndpoints
{
    private const long DefinitionSizeLimit = 1024 * 1024;

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions").WithTags("Sessions");
        sessions.MapGet("/", ListAsync);
        sessions.MapPost("/", CreateAsync).WithMetadata(new RequestSizeLimitAttribute(DefinitionSizeLimit));
        sessions.MapGet("/{code}", GetAsync);
        sessions.MapPost("/{code}/open", (string code, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).Open()));
        sessions.MapPost("/{code}/close", (string code, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).Close()));
        sessions.MapPut("/{code}/weighting", (string code, WeightingRequest body, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).SetWeighting(
                body.Scheme ?? throw new CommandRejectedException(Rejection.Invalid, "Weighting required", "Give 'scheme': equalFooting, headcount or custom."))));
        sessions.MapPut("/{code}/other-group", (string code, OtherGroupRequest body, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).SetOtherGroup(body.Treatment
                ?? throw new CommandRejectedException(Rejection.Invalid, "Treatment required",
                    "Give 'treatment': pooledAtHeadcount, asGroup or excluded."))));
        sessions.MapPut("/{code}/groups/{group}/weight", SetGroupWeightAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(StoredSessions stored, CancellationToken cancellationToken)
    {
        var list = new List<object>();
        await foreach (var session in stored.ReadAllAsync(cancellationToken))
            list.Add(new { code = session.Code, title = session.Definition.Title, status = session.Status });
        return TypedResults.Ok(list);
    }

    private static async Task<IResult> CreateAsync(CreateSessionRequest body, HttpRequest request, SampleTemplates templates,
        IGrainFactory grains, SessionViews views, SessionCreation creation)
    {
        creation.Require(request);
        var definition = body.Template is { } id
            ? templates.Find(id)?.Definition
              ?? throw new CommandRejectedException(Rejection.NotFound, "Unknown template", $"There is no template '{id}'; GET /api/templates lists them.")
            : body.ToDefinition();
        var (moderatorKey, viewKey, hashes) = AccessKeys.New();
        var session = await grains.GetGrain<ISessionGrain>(SessionCode.New()).Create(definition, hashes);
        var view = await views.BuildAsync(session, request);
        return TypedResults.Created($"/api/sessions/{session.Code}", new CreatedSession(view, moderatorKey, viewKey));
    }

    private static async Task<IResult> GetAsync(string code, HttpRequest request, SessionViews views) =>
        TypedResults.Ok(await views.BuildAsync(await views.RequireAsync(code), request));

    /// <summary>A moderator's change; the session grain tells every silo's live pages of it.</summary>
    private static async Task<IResult> ChangeAsync(string code, HttpRequest request, SessionViews views,
        Func<SessionSnapshot, Task<SessionSnapshot>> change)
    {
        var session = await views.RequireAsync(code);
        request.RequireModerator(session);
        var changed = await change(session);
        return TypedResults.Ok(await views.BuildAsync(changed, request));
    }

    private static async Task<IResult> SetGroupWeightAsync(string code, string group, GroupWeightRequest body, HttpRequest request,
        SessionViews views, IGrainFactory grains)
    {
        var session = await views.RequireAsync(code);
        request.RequireModerator(session);
        if (!session.Definition.Groups.Any(g => g.Code == group))
            throw new CommandRejectedException(Rejection.NotFound, "Unknown stakeholder group", $"Session {session.Code} has no group '{group}'.");
        await grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(session.Code, group)).SetWeight(
            body.Weight ?? throw new CommandRejectedException(Rejection.Invalid, "Weight required", "Give 'weight', a number from 0 to 1000."));
        return TypedResults.Ok(await views.BuildAsync(session, request));
    }
}

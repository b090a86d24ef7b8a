using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using ConsensusLab.Server.Samples;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

internal static class SessionEndpoints
{
    private const long DefinitionSizeLimit = 1024 * 1024;

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions").WithTags("Sessions").ProducesProblems(StatusCodes.Status503ServiceUnavailable);
        sessions.MapGet("/", ListAsync).WithSummary("List the stored sessions").Produces<List<SessionListItem>>();
        sessions.MapPost("/", CreateAsync).WithMetadata(new RequestSizeLimitAttribute(DefinitionSizeLimit))
            .WithSummary("Create a session")
            .WithDescription("From a template ('template') or a full definition. The moderator and view keys are in the answer this once; the server keeps only their hashes.")
            .Produces<CreatedSession>(StatusCodes.Status201Created).RequireCreationKey()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        sessions.MapGet("/{code}", GetAsync).WithSummary("Read a session")
            .WithDescription("Its groups, questions and status; with the moderator key, also the view key for the projector link.")
            .Produces<SessionView>().AcceptsOptionalKey().ProducesProblems(StatusCodes.Status404NotFound);
        sessions.MapPost("/{code}/open", (string code, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).Open()))
            .WithSummary("Open the session to participants").Produces<SessionView>().RequireModeratorKey().ProducesProblems(StatusCodes.Status404NotFound);
        sessions.MapPost("/{code}/close", (string code, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).Close()))
            .WithSummary("Close the session").WithDescription("Its figures become final: nobody joins, answers or withdraws any more.")
            .Produces<SessionView>().RequireModeratorKey().ProducesProblems(StatusCodes.Status404NotFound);
        sessions.MapPut("/{code}/weighting", (string code, WeightingRequest body, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).SetWeighting(
                body.Scheme ?? throw new CommandRejectedException(Rejection.Invalid, "Weighting required", "Give 'scheme': equalFooting, headcount or custom."))))
            .WithSummary("Choose the weighting scheme the meters lead with").Produces<SessionView>().RequireModeratorKey()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        sessions.MapPut("/{code}/groups/{group}/weight", SetGroupWeightAsync)
            .WithSummary("Set a group's custom weight").WithDescription("Used by the custom weighting scheme; a number from 0 to 1000.")
            .Produces<SessionView>().RequireModeratorKey().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        sessions.MapPut("/{code}/projector", (string code, ProjectorRequest body, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).ShowOnProjector(new ProjectorChoice(
                body.Mode ?? throw new CommandRejectedException(Rejection.Invalid, "Projector mode required", "Give 'mode': automatic, question or join."),
                body.QuestionId))))
            .WithSummary("Choose what the projector shows")
            .WithDescription("'mode' is automatic (the question opened last, else the join screen), question (with 'questionId', " +
                "whatever its status) or join (only the QR code, address and join code). The choice is kept with the session and every " +
                "projector follows it through the live channel; the answer is the session, whose 'projector' says what is on the screen now.")
            .Produces<SessionView>().RequireModeratorKey().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        sessions.MapPut("/{code}/other-group", (string code, OtherGroupRequest body, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).SetOtherGroup(body.Treatment
                ?? throw new CommandRejectedException(Rejection.Invalid, "Treatment required",
                    "Give 'treatment': pooledAtHeadcount, asGroup or excluded."))))
            .WithSummary("Choose how 'Other / prefer not to say' is weighted")
            .WithDescription("pooledAtHeadcount (the default: its respondents count one person each beside the weighted groups), " +
                "asGroup (weighted as one more stakeholder group) or excluded (left out of the weighted figures). Headcount figures are unchanged.")
            .Produces<SessionView>().RequireModeratorKey().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        sessions.MapPut("/{code}/meter-settings", (string code, MeterSettingsRequest body, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).SetMeterSettings(body.ToSettings())))
            .WithSummary("Set the confidence level, Delphi rule and Esteban–Ray α")
            .WithDescription("Every served and exported figure uses them: live meters, the meters endpoint, round distributions, the " +
                "recomputed view and the exports. 'confidence' in (0.5, 0.999] (default 0.95), 'delphiAgreeShare' in [0.5, 1] (0.70), " +
                "'delphiMaximumInterquartileRange' ≥ 0 in scale points (null: (k − 1)/4), 'estebanRayAlpha' in [0, 1.6] (1.3). A value left " +
                "out takes its default. Out of range: 422 and nothing changes.")
            .Produces<SessionView>().RequireModeratorKey().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        sessions.MapPut("/{code}/raking", (string code, RakingRequest body, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, request, views, s => grains.GetGrain<ISessionGrain>(s.Code).SetRaking(body.ToSettings())))
            .WithSummary("Balance the exported figures by raking to stakeholder group and UN regional group")
            .WithDescription("With 'enabled', the recomputed view and the exports add figures under respondent weights raked (iterative " +
                "proportional fitting) to the stakeholder group and UN regional group margins, and gender with 'includeGender'. Targets: " +
                "'groupShares', 'regionShares', 'genderShares' (relative shares by code; left out = equal across the categories present); " +
                "'tolerance' in (0, 0.01] (default 1e-6), 'maxIterations' 1 … 1000 (100), 'trimLower' in [0, 1] and 'trimUpper' ≥ 1 times the " +
                "mean weight (none). The live meters stay on the group schemes. Out of range or an unknown code: 422 and nothing changes; a " +
                "target the room cannot meet (a category without respondents) is reported by the recomputed view and the exports.")
            .Produces<SessionView>().RequireModeratorKey().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<IResult> ListAsync(StoredSessions stored, CancellationToken cancellationToken)
    {
        var list = new List<SessionListItem>();
        await foreach (var session in stored.ReadAllAsync(cancellationToken))
            list.Add(new SessionListItem(session.Code, session.Definition.Title, session.Status));
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

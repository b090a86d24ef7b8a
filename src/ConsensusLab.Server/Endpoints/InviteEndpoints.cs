using System.Collections.Immutable;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

internal static class InviteEndpoints
{
    public const int MaxInvitesPerRequest = 500;

    public static IEndpointRouteBuilder MapInviteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sessions/{code}/invites", IssueAsync).WithTags("Sessions")
            .WithSummary("Issue invite codes for a group").WithDescription("The codes are in the answer this once; the server keeps only their hashes.")
            .Produces<IssuedInvites>().RequireModeratorKey()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity,
                StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>Issues invite codes for a group; the codes are shown this once and stored as hashes.</summary>
    private static async Task<IResult> IssueAsync(string code, InviteRequest body, HttpRequest request, SessionViews views,
        IGrainFactory grains)
    {
        var session = await views.RequireAsync(code);
        request.RequireModerator(session);
        var group = body.Group ?? throw new CommandRejectedException(Rejection.Invalid, "Group required", "Give the 'group' the codes are for.");
        var count = body.Count ?? 1;
        if (count is < 1 or > MaxInvitesPerRequest)
            throw new CommandRejectedException(Rejection.Invalid, "Invalid count", $"'count' must be from 1 to {MaxInvitesPerRequest}.");
        var codes = Enumerable.Range(0, count).Select(_ => InviteCodes.New()).ToImmutableArray();
        var uses = body.Uses ?? 1;
        await grains.GetGrain<ISessionGrain>(session.Code).IssueInvites(group, [.. codes.Select(InviteCodes.Hash)], uses);
        return TypedResults.Ok(new IssuedInvites(group, codes, uses));
    }
}

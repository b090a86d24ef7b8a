using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Participants;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using ConsensusLab.Server.Extensions;
using ConsensusLab.Grains.Live;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

internal static class ParticipantEndpoints
{
    public static IEndpointRouteBuilder MapParticipantEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sessions/{code}/participants", JoinAsync).WithTags("Participants").RequireRateLimiting(RateLimitingExtensions.JoinsPolicy)
            .WithSummary("Join a session").WithDescription("With an invite code, or in a declared group if the session allows. The token in the answer goes with every answer.")
            .Produces<JoinResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity,
                StatusCodes.Status503ServiceUnavailable);
        app.MapPost("/api/sessions/{code}/participants/me/withdraw", WithdrawAsync).WithTags("Participants")
            .WithSummary("Withdraw from a session").WithDescription("Every answer stops counting and the token stops working; a repeated call changes nothing.")
            .Produces<Withdrawal>().RequireParticipantToken()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> JoinAsync(string code, JoinRequest body, SessionViews views, IGrainFactory grains,
        ParticipantDirectory directory)
    {
        var session = await views.RequireAsync(code);
        var profile = new ParticipantProfile(body.Group ?? "", (body.Country ?? throw Missing("country")).ToUpperInvariant(),
            body.Attendance ?? throw Missing("attendance"), body.Gender, body.AgeBand);
        var group = await GroupOfAsync(session, body, profile, grains);
        profile = profile with { Group = group };

        var receipt = await grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(session.Code, group)).Join(profile);
        directory.Remember(receipt.Token, receipt.Participant);
        return TypedResults.Created($"/api/sessions/{session.Code}/participants/{receipt.Participant.Id}",
            new JoinResponse(session.Code, receipt.Participant.Id, group, receipt.Token));
    }

    /// <summary>
    /// Withdraws the participant: every question's ledger records the withdrawal and stops counting their answer;
    /// then the participant is marked withdrawn, so the token stops working. A repeated call changes nothing.
    /// </summary>
    private static async Task<IResult> WithdrawAsync(string code, HttpRequest request, SessionViews views, ParticipantAuthentication authentication,
        IGrainFactory grains, ParticipantDirectory directory, CancellationToken cancellationToken)
    {
        var session = await views.RequireAsync(code);
        var (sessionCode, definition) = (session.Code, session.Definition);
        var participant = await authentication.RequireAsync(request, sessionCode, cancellationToken);
        // The figures of a closed session are final: nobody leaves them any more.
        if (session.Status == SessionStatus.Closed)
            throw new CommandRejectedException(Rejection.Conflict, "Session closed", $"Session {sessionCode} is closed: its figures no longer change.");
        foreach (var question in definition.Questions)
            await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(sessionCode, question.Id)).Withdraw(participant.Id, participant.Profile.Group);
        // Through the group, so the session's participant count drops with the meters.
        await grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(sessionCode, participant.Profile.Group)).Withdraw(participant.Id);
        directory.Forget(ParticipantAuthentication.TokenOf(request)!);
        await grains.GetGrain<ISessionGrain>(sessionCode).Announce(SessionChange.Members);
        return TypedResults.Ok(new Withdrawal(participant.Id, Withdrawn: true));
    }

    /// <summary>
    /// The group from the invite code when one is given (verified; the code is used up by this join), else the declared
    /// one if the session allows it.
    /// </summary>
    private static async Task<string> GroupOfAsync(SessionSnapshot session, JoinRequest body, ParticipantProfile profile, IGrainFactory grains)
    {
        if (body.InviteCode is { Length: > 0 and <= 40 } inviteCode)
        {
            // Whatever would refuse the join is checked before the code is used, so that a closed session or a typo in a
            // country does not spend it; any group of the session stands in for the one the code will give.
            if (session.Status != SessionStatus.Open)
                throw new CommandRejectedException(Rejection.Conflict, "Session not open",
                    $"Session {session.Code} is {session.Status.ToString().ToLowerInvariant()}: participants can join only while it is open.");
            if (ParticipantProfileValidation.Problem(profile with { Group = session.Definition.Groups[0].Code }, session.Definition.Groups) is { } problem)
                throw new CommandRejectedException(Rejection.Invalid, "Invalid participant profile", problem);
            return await grains.GetGrain<ISessionGrain>(session.Code).RedeemInvite(InviteCodes.Hash(inviteCode));
        }
        if (session.Definition.RequireInvites)
            throw new CommandRejectedException(Rejection.Invalid, "Invite code required", "This session admits participants with an invite code only.");
        var group = body.Group ?? throw Missing("group");
        return session.Definition.Groups.Any(g => g.Code == group)
            ? group
            : throw new CommandRejectedException(Rejection.Invalid, "Unknown stakeholder group",
                $"'{group}' is not a stakeholder group of this session; choose one of {string.Join(", ", session.Definition.Groups.Select(g => g.Code))}.");
    }

    private static CommandRejectedException Missing(string field) =>
        new(Rejection.Invalid, "Missing field", $"'{field}' is required to join.");
}

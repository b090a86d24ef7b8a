using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Server.Answers;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using ConsensusLab.Server.Extensions;
using ConsensusLab.Server.Telemetry;
using ConsensusLab.Statistics;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

/// <summary>Statements questions (deliberation): votes, participants' statements, moderation and the live figures.</summary>
internal static class StatementEndpoints
{
    public static IEndpointRouteBuilder MapStatementEndpoints(this IEndpointRouteBuilder app)
    {
        var question = app.MapGroup("/api/sessions/{code}/questions/{questionId}").WithTags("Statements")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        question.MapPost("/votes", VoteAsync).WithSummary("Vote on a statement, or change the vote").RequireParticipantToken()
            .WithDescription("+1 agree, -1 disagree, 0 pass. Acknowledged only once the ledger holds it; the latest vote on a statement counts, "
                + "and a resent request with the same 'requestId' is answered as the first was.")
            .Produces<AnswerReceipt>().ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity)
            .LogSuccessAtDebug().TakenByAnswerFastPath(asVote: true);
        question.MapGet("/votes/mine", MyVotesAsync).WithSummary("Read my current votes on the statements").RequireParticipantToken()
            .Produces<MyVotes>().ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        question.MapGet("/statements/next", NextAsync).WithSummary("Get the statement to vote on next")
            .WithDescription("The statement with the fewest votes among those open to votes that the participant has neither voted on nor been "
                + "served; never the same one twice, unless revisit=true asks again for those served and left without a vote. "
                + "'statement' is null once every statement has been served.")
            .RequireParticipantToken().Produces<NextStatementView>().ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        question.MapPost("/statements", SubmitAsync).WithSummary("Write a statement for the room to vote on").RequireParticipantToken()
            .WithDescription("One idea in one language, at most the question's length. In strict moderation it is shown once the moderator "
                + "accepts it; in permissive moderation at once. A participant writes at most 5 statements in 10 minutes (429 beyond).")
            .Produces<SubmittedStatement>().ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity,
                StatusCodes.Status429TooManyRequests);
        question.MapPut("/statements/{statementId:int}/status", ModerateAsync).WithSummary("Accept, reject or mark a statement as meta")
            .RequireModeratorKey().Produces<ModeratedStatement>().ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        question.MapGet("/deliberation", DeliberationAsync).WithSummary("Read the statements, their live figures and the opinion groups")
            .WithDescription("Every statement with its moderation and its agree / disagree / pass shares (overall under the session's weighting, "
                + "and per stakeholder group, with Wilson intervals); the opinion groups, their map, representative and consensus statements, "
                + "the bridging statements and the opinion group × stakeholder group table, recomputed in the background every few seconds.")
            .RequireViewKey().AcceptsKeyInQuery().Produces<DeliberationView>().ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>The answers' way: batched to the grain, appended to the ledger, acknowledged once durable.</summary>
    private static async Task<IResult> VoteAsync(string code, string questionId, VoteRequest body, HttpRequest request,
        AnswerIntake intake, CancellationToken cancellationToken) =>
        TypedResults.Bytes(await intake.AcknowledgeAsync(body.ToPost(code, questionId), request, cancellationToken), AnswerIntake.ReceiptContentType);

    private static async Task<IResult> MyVotesAsync(string code, string questionId, HttpRequest request, SessionViews views,
        ParticipantAuthentication authentication, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (sessionCode, participant) = await RequireParticipantAsync(code, questionId, request, views, authentication, cancellationToken);
        var grain = grains.GetGrain<IQuestionGrain>(GrainKeys.Question(sessionCode, questionId));
        var votes = await grain.GetVotes(participant.Id);
        var statements = (await grain.GetDeliberation()).Statements;
        return TypedResults.Ok(new MyVotes(questionId, (await grain.GetSnapshot()).Round,
            [.. votes.Select(v => new MyVote(StatementView.Of(statements[v.StatementId]), v.Vote, v.Sequence, v.RecordedAt))]));
    }

    private static async Task<IResult> NextAsync(string code, string questionId, bool? revisit, HttpRequest request, SessionViews views,
        ParticipantAuthentication authentication, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (sessionCode, participant) = await RequireParticipantAsync(code, questionId, request, views, authentication, cancellationToken);
        var served = await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(sessionCode, questionId)).NextStatement(participant.Id, revisit ?? false);
        return TypedResults.Ok(new NextStatementView(questionId, served.Statement is { } s ? StatementView.Of(s) : null, served.Voted, served.Remaining));
    }

    private static async Task<IResult> SubmitAsync(string code, string questionId, StatementRequest body, HttpRequest request,
        SessionViews views, ParticipantAuthentication authentication, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (sessionCode, participant) = await RequireParticipantAsync(code, questionId, request, views, authentication, cancellationToken);
        var receipt = await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(sessionCode, questionId)).SubmitStatement(
            new StatementCommand(participant.Id, participant.Profile.Group, body.RequestId, body.Text ?? "", body.Language));
        return TypedResults.Ok(new SubmittedStatement(questionId, StatementView.Of(receipt.Statement), receipt.Retried));
    }

    private static async Task<IResult> ModerateAsync(string code, string questionId, int statementId, ModerationRequest body,
        HttpRequest request, SessionViews views, IGrainFactory grains)
    {
        var session = await views.RequireAsync(code);
        request.RequireModerator(session);
        session.Require(questionId).RequireStatements();
        if (body.Status is not { } status)
            throw new CommandRejectedException(Rejection.Invalid, "Status required", "Send 'status': pending, accepted, rejected or meta.");
        var grain = grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, questionId));
        await grain.Moderate(statementId, status);
        var view = DeliberationViews.Of(questionId, await grain.GetDeliberation(), await WeightingAsync(session, views), session.MeterSettings.Confidence);
        return TypedResults.Ok(view.Statements[statementId]);
    }

    private static async Task<IResult> DeliberationAsync(string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains)
    {
        var session = await views.RequireAsync(code);
        request.RequireViewer(session);
        session.Require(questionId).RequireStatements();
        var snapshot = await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, questionId)).GetDeliberation();
        return TypedResults.Ok(DeliberationViews.Of(questionId, snapshot, await WeightingAsync(session, views), session.MeterSettings.Confidence));
    }

    private static async Task<Weighting> WeightingAsync(Grains.Sessions.SessionSnapshot session, SessionViews views) =>
        new(session.Weighting, await views.CustomWeightsAsync(session)) { Other = session.OtherGroups };

    private static async Task<(string SessionCode, Domain.Participants.Participant Participant)> RequireParticipantAsync(string code,
        string questionId, HttpRequest request, SessionViews views, ParticipantAuthentication authentication, CancellationToken cancellationToken)
    {
        var (sessionCode, definition) = await views.RequireDefinitionAsync(code);
        var question = definition.Require(sessionCode, questionId);
        // Who asks comes first: a caller without a token learns nothing of the question.
        var participant = await authentication.RequireAsync(request, sessionCode, cancellationToken);
        question.RequireStatements();
        return (sessionCode, participant);
    }
}

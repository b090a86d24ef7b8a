using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Server.Answers;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using ConsensusLab.Server.Extensions;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

internal static class AnswerEndpoints
{
    public static IEndpointRouteBuilder MapAnswerEndpoints(this IEndpointRouteBuilder app)
    {
        var answers = app.MapGroup("/api/sessions/{code}/questions/{questionId}/answers").WithTags("Answers").RequireParticipantToken()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        answers.MapPost("/", SubmitAsync).WithSummary("Answer a question, or change the answer")
            .WithDescription("Acknowledged only once the ledger holds it. A resent request with the same 'requestId' is answered as the first was.")
            .Produces<AnswerReceipt>().ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity)
            .LogSuccessAtDebug().TakenByAnswerFastPath();
        answers.MapGet("/mine", MineAsync).WithSummary("Read my current answer to a question")
            .WithDescription("204 No Content while the participant has not answered the question.")
            .Produces<AnswerView>().Produces(StatusCodes.Status204NoContent);
        return app;
    }

    /// <summary>Acknowledges an answer only after the ledger holds it durably.</summary>
    private static async Task<IResult> SubmitAsync(string code, string questionId, AnswerRequest body, HttpRequest request,
        AnswerIntake intake, CancellationToken cancellationToken) =>
        TypedResults.Bytes(await intake.AcknowledgeAsync(body.ToPost(code, questionId), request, cancellationToken), AnswerIntake.ReceiptContentType);

    /// <summary>
    /// The participant's current answer, or 204 before their first one: a new participant's page asks for every open
    /// question, and "nothing yet" is an ordinary answer there, not an error.
    /// </summary>
    private static async Task<IResult> MineAsync(string code, string questionId, HttpRequest request, SessionViews views,
        ParticipantAuthentication authentication, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (sessionCode, definition) = await views.RequireDefinitionAsync(code);
        definition.Require(sessionCode, questionId);
        var participant = await authentication.RequireAsync(request, sessionCode, cancellationToken);
        var grain = grains.GetGrain<IQuestionGrain>(GrainKeys.Question(sessionCode, questionId));
        if (await grain.GetAnswer(participant.Id) is not { } current)
            return TypedResults.NoContent();
        return TypedResults.Ok(new AnswerView(questionId, current.Answer, current.Sequence, current.RecordedAt, (await grain.GetSnapshot()).Round));
    }
}

using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

internal static class QuestionEndpoints
{
    public static IEndpointRouteBuilder MapQuestionEndpoints(this IEndpointRouteBuilder app)
    {
        var questions = app.MapGroup("/api/sessions/{code}/questions/{questionId}").WithTags("Questions").RequireModeratorKey()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status503ServiceUnavailable);
        questions.MapPost("/open", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, questionId, request, views, grains, q => q.Open()))
            .WithSummary("Open a question to answers").Produces<QuestionView>();
        questions.MapPost("/close", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, questionId, request, views, grains, q => q.Close()))
            .WithSummary("Close a question to answers").Produces<QuestionView>();
        questions.MapPost("/reveal", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, questionId, request, views, grains, q => q.Reveal()))
            .WithSummary("Reveal a question's meters to participants").Produces<QuestionView>();
        questions.MapPost("/rounds", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, questionId, request, views, grains, q => q.StartRound()))
            .WithSummary("Start the next round of a question").Produces<QuestionView>()
            .WithDescription("Participants answer again; the rounds' distributions and the shift between them stay readable.");
        return app;
    }

    private static async Task<IResult> ChangeAsync(string code, string questionId, HttpRequest request, SessionViews views,
        IGrainFactory grains, Func<IQuestionGrain, Task<QuestionSnapshot>> change)
    {
        var session = await views.RequireAsync(code);
        request.RequireModerator(session);
        session.Require(questionId);
        var question = await change(grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, questionId)));
        return TypedResults.Ok(QuestionView.Of(question));
    }
}

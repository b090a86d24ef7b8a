using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Server.Api;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

internal static class QuestionEndpoints
{
    public static IEndpointRouteBuilder MapQuestionEndpoints(this IEndpointRouteBuilder app)
    {
        var questions = app.MapGroup("/api/sessions/{code}/questions/{questionId}").WithTags("Questions");
        questions.MapPost("/open", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, questionId, request, views, grains, q => q.Open()));
        questions.MapPost("/close", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, questionId, request, views, grains, q => q.Close()));
        questions.MapPost("/reveal", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, questionId, request, views, grains, q => q.Reveal()));
        questions.MapPost("/rounds", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains) =>
            ChangeAsync(code, questionId, request, views, grains, q => q.StartRound()));
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

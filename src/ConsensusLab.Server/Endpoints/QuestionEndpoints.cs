using ConsensusLab.Grains;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.Live;

namespace ConsensusLab.Server.Endpoints;

internal static class QuestionEndpoints
{
    public static IEndpointRouteBuilder MapQuestionEndpoints(this IEndpointRouteBuilder app)
    {
        var questions = app.MapGroup("/api/sessions/{code}/questions/{questionId}").WithTags("Questions");
        questions.MapPost("/open", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains, LiveMeterHub hub) =>
            ChangeAsync(code, questionId, request, views, grains, hub, q => q.Open()));
        questions.MapPost("/close", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains, LiveMeterHub hub) =>
            ChangeAsync(code, questionId, request, views, grains, hub, q => q.Close()));
        questions.MapPost("/reveal", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains, LiveMeterHub hub) =>
            ChangeAsync(code, questionId, request, views, grains, hub, q => q.Reveal()));
        questions.MapPost("/rounds", (string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains, LiveMeterHub hub) =>
            ChangeAsync(code, questionId, request, views, grains, hub, q => q.StartRound()));
        return app;
    }

    private static async Task<IResult> ChangeAsync(string code, string questionId, HttpRequest request, SessionViews views,
        IGrainFactory grains, LiveMeterHub hub, Func<IQuestionGrain, Task<QuestionSnapshot>> change)
    {
        var session = await views.RequireAsync(code);
        request.RequireModerator(session);
        session.Require(questionId);
        var question = await change(grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, questionId)));
        hub.Session(session.Code).SessionChanged();
        return TypedResults.Ok(QuestionView.Of(question));
    }
}

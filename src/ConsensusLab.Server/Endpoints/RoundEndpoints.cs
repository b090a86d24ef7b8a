using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Reporting;
using ConsensusLab.Server.Api;
using ConsensusLab.Statistics;
using ConsensusLab.Storage;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

internal static class RoundEndpoints
{
    public static IEndpointRouteBuilder MapRoundEndpoints(this IEndpointRouteBuilder app)
    {
        var rounds = app.MapGroup("/api/sessions/{code}/questions/{questionId}/rounds/{round:int}").WithTags("Rounds");
        rounds.MapGet("/distribution", DistributionAsync);
        rounds.MapGet("/change", ChangeAsync);
        return app;
    }

    /// <summary>How each group answered in a round: public once the round is over (participants see it before answering again).</summary>
    private static async Task<IResult> DistributionAsync(string code, string questionId, int round, HttpRequest request, SessionViews views,
        IGrainFactory grains, IResponseLedger ledger, CancellationToken cancellationToken)
    {
        var session = await views.RequireAsync(code);
        var question = session.Require(questionId);
        var current = await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, questionId)).GetSnapshot();
        RequireRound(round, current.Round);
        if (round == current.Round)
            request.RequireViewer(session);
        var entries = await ledger.ReadQuestionAsync(session.Code, questionId, cancellationToken).ToListAsync(cancellationToken);
        return TypedResults.Ok(RoundReport.Distribution(entries, question, current.Groups, round, session.Definition.PrivacyThreshold));
    }

    /// <summary>The moderator's view of the shift from the previous round to this one.</summary>
    private static async Task<IResult> ChangeAsync(string code, string questionId, int round, HttpRequest request, SessionViews views,
        IGrainFactory grains, IResponseLedger ledger, CancellationToken cancellationToken)
    {
        var session = await views.RequireAsync(code);
        request.RequireModerator(session);
        var question = session.Require(questionId);
        var current = await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, questionId)).GetSnapshot();
        RequireRound(round, current.Round);
        if (round < 2)
            throw new CommandRejectedException(Rejection.Invalid, "No earlier round", "The shift is measured from round 2 on.");
        var entries = await ledger.ReadQuestionAsync(session.Code, questionId, cancellationToken).ToListAsync(cancellationToken);
        var schemes = Weighting.Schemes(await views.CustomWeightsAsync(session), session.OtherGroups);
        return TypedResults.Ok(RoundReport.Shift(entries, question, current.Groups, round, schemes));
    }

    private static void RequireRound(int round, int currentRound)
    {
        if (round < 1 || round > currentRound)
            throw new CommandRejectedException(Rejection.NotFound, "Unknown round", $"The question has rounds 1 to {currentRound}.");
    }
}

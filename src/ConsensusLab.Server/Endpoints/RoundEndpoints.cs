using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Reporting;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using ConsensusLab.Statistics;
using ConsensusLab.Storage;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

internal static class RoundEndpoints
{
    public static IEndpointRouteBuilder MapRoundEndpoints(this IEndpointRouteBuilder app)
    {
        var rounds = app.MapGroup("/api/sessions/{code}/questions/{questionId}/rounds/{round:int}").WithTags("Rounds")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        rounds.MapGet("/distribution", DistributionAsync).WithSummary("Read how each group answered in a round")
            .WithDescription("Public once the round is over; the current round needs the moderator or view key.")
            .Produces<RoundDistribution>().AcceptsOptionalKey().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
        rounds.MapGet("/change", ChangeAsync).WithSummary("Read the shift from the previous round to this one")
            .WithDescription("McNemar and Wilcoxon tests on the participants who answered both rounds; from round 2 on.")
            .Produces<RoundShift>().RequireModeratorKey().ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        rounds.MapGet("/timeline", TimelineAsync).WithSummary("Read the agreement or mean position over a round")
            .WithDescription("Likert and position questions only: the agreement (Likert) or mean position after each ledger entry that " +
                "changed the count in the round, under every weighting scheme, recomputed from the ledger (at most 240 points; beyond, " +
                "the last change in each of 240 equal stretches of time). A point's sequence is the live meters' version at that " +
                "moment, so a page extends the series with the live updates that follow it.")
            .Produces<QuestionTimeline>().RequireViewKey().AcceptsKeyInQuery().ProducesProblems(StatusCodes.Status422UnprocessableEntity);
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
        return TypedResults.Ok(RoundReport.Distribution(entries, question, current.Groups, round, session.Definition.PrivacyThreshold,
            session.MeterSettings.ToOptions()));
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

    /// <summary>The chart the console and projector draw, from the ledger so that it survives a reload.</summary>
    private static async Task<IResult> TimelineAsync(string code, string questionId, int round, HttpRequest request, SessionViews views,
        IGrainFactory grains, IResponseLedger ledger, CancellationToken cancellationToken)
    {
        var session = await views.RequireAsync(code);
        request.RequireViewer(session);
        var question = session.Require(questionId);
        if (!TimelineCalculator.HasTimeline(question.Kind))
            throw new CommandRejectedException(Rejection.Invalid, "No timeline",
                $"Only Likert and position questions have a timeline; '{questionId}' is a {question.Kind} question.");
        var current = await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, questionId)).GetSnapshot();
        RequireRound(round, current.Round);
        // Drawn as timeline.csv is: a participant who withdrew from the question leaves its whole history, not just its end.
        var entries = WithdrawnAnswers.Remove(
            await ledger.ReadQuestionAsync(session.Code, questionId, cancellationToken).ToListAsync(cancellationToken), []);
        return TypedResults.Ok(TimelineCalculator.Of(session, await views.CustomWeightsAsync(session), question, round, entries));
    }

    private static void RequireRound(int round, int currentRound)
    {
        if (round < 1 || round > currentRound)
            throw new CommandRejectedException(Rejection.NotFound, "Unknown round", $"The question has rounds 1 to {currentRound}.");
    }
}

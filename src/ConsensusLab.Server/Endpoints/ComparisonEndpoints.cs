using ConsensusLab.Domain.Countries;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Reporting;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using ConsensusLab.Storage;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

/// <summary>Linking a question to the same question in other sessions, and the comparison across them (architecture.md).</summary>
internal static class ComparisonEndpoints
{
    public static IEndpointRouteBuilder MapComparisonEndpoints(this IEndpointRouteBuilder app)
    {
        var question = app.MapGroup("/api/sessions/{code}/questions/{questionId}").WithTags("Comparisons")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        question.MapPut("/series", LinkAsync).WithSummary("Link a question to a series across sessions")
            .WithDescription("Likert and position questions only. Every question of a series must be of the same kind (and have as many " +
                "Likert points); a session links at most one question to a series. The series name is not a secret: reading a " +
                "comparison needs a key of every session it shows.")
            .Produces<QuestionView>().RequireModeratorKey().ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        question.MapDelete("/series", UnlinkAsync).WithSummary("Unlink a question from its series")
            .Produces<QuestionView>().RequireModeratorKey();
        question.MapGet("/comparison", CompareAsync).WithSummary("Compare a linked question across the sessions of its series")
            .WithDescription("Per group and overall under every scheme: each session's share agreeing (Likert) or mean position with its " +
                "interval, and the change from one session to the next with its interval and a two-sample test, in date order. Only " +
                "the sessions a presented key opens are shown: this session's own key, and the other sessions' moderator or view keys " +
                "comma-separated in the X-Linked-Keys header (or repeated 'linkedKey' query parameters); withheldSessions counts the others.")
            .Produces<SeriesComparison>().RequireViewKey().AcceptsKeyInQuery().ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<IResult> LinkAsync(string code, string questionId, SeriesRequest body, HttpRequest request, SessionViews views,
        IGrainFactory grains, StoredSeries stored, CancellationToken cancellationToken)
    {
        var session = await views.RequireAsync(code);
        request.RequireModerator(session);
        var question = session.Require(questionId);
        var series = SeriesName.Require(body.Series);
        var scale = QuestionScale.Of(question);
        if (Statistics.QuestionComparison.MeasureOf(scale) is null)
            throw new CommandRejectedException(Rejection.Invalid, "Not comparable",
                $"Only Likert and position questions are compared across sessions; '{questionId}' is a {question.Kind} question.");
        await foreach (var member in stored.MembersAsync(series, cancellationToken))
        {
            if (member.SessionCode == session.Code && member.Definition.Id != questionId)
                throw new CommandRejectedException(Rejection.Invalid, "Series already linked here",
                    $"Question '{member.Definition.Id}' of this session is linked to '{series}' already; a session links one question to a series.");
            if (!SeriesComparison.Comparable(question, member.Definition))
                throw new CommandRejectedException(Rejection.Invalid, "Not comparable",
                    $"Series '{series}' holds {Describe(member.Definition)} questions; '{questionId}' is {Describe(question)}: only the same kind and scale compare.");
        }
        var linked = await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, questionId)).LinkSeries(series);
        return TypedResults.Ok(QuestionView.Of(linked));
    }

    private static async Task<IResult> UnlinkAsync(string code, string questionId, HttpRequest request, SessionViews views, IGrainFactory grains)
    {
        var session = await views.RequireAsync(code);
        request.RequireModerator(session);
        session.Require(questionId);
        var unlinked = await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(session.Code, questionId)).LinkSeries(null);
        return TypedResults.Ok(QuestionView.Of(unlinked));
    }

    private static async Task<IResult> CompareAsync(string code, string questionId, HttpRequest request, SessionViews views,
        SeriesComparisons comparisons, IParticipantStore participants, IResponseLedger ledger, LdcGraduations ldcGraduations,
        CancellationToken cancellationToken)
    {
        var session = await views.RequireAsync(code);
        request.RequireViewer(session);
        session.Require(questionId);
        var archive = await SessionArchive.LoadAsync(session, await views.CustomWeightsAsync(session), ldcGraduations, participants, ledger,
            cancellationToken);
        var comparison = await comparisons.OfAsync(archive, questionId, other => ModeratorAccess.OpensLinked(request, other),
            cancellationToken);
        return comparison is null
            ? throw new CommandRejectedException(Rejection.Invalid, "Not linked", $"Question '{questionId}' is not linked to a series; link it with PUT …/series.")
            : TypedResults.Ok(comparison);
    }

    private static string Describe(Domain.Questions.QuestionDefinition question) =>
        question.Kind == Domain.Questions.QuestionKind.Likert ? $"{question.Options.Length}-point Likert" : question.Kind.ToString().ToLowerInvariant();
}

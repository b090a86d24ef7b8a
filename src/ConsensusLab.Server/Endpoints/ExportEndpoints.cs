using ConsensusLab.Domain.Countries;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Reporting;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using ConsensusLab.Storage;

namespace ConsensusLab.Server.Endpoints;

internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sessions/{code}/exports/{file}", ExportAsync).WithTags("Exports")
            .WithSummary("Download an export recomputed from the ledger")
            .WithDescription($"One of {string.Join(", ", SessionExporter.AllFileNames)}, as an attachment. {SessionExporter.ComparisonCsv} shows the " +
                "other sessions of each linked question's series whose keys the X-Linked-Keys header (or 'linkedKey') carries.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", "application/json", "text/markdown", SessionExporter.ParquetMediaType,
                SessionExporter.XlsxMediaType).RequireModeratorKey().AcceptsKeyInQuery()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/api/sessions/{code}/recompute", RecomputeAsync).WithTags("Meters")
            .WithSummary("Recompute every figure from the ledger")
            .WithDescription("Includes the figures that need raw answers, which the live meters do not carry.")
            .Produces<RecomputedSession>().RequireModeratorKey()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>Every figure recomputed from the ledger, including those that need raw answers (never live).</summary>
    private static async Task<IResult> RecomputeAsync(string code, HttpContext context, SessionViews views,
        IParticipantStore participants, IResponseLedger ledger, LdcGraduations ldcGraduations)
    {
        var session = await views.RequireAsync(code);
        context.Request.RequireModerator(session);
        var archive = await SessionArchive.LoadAsync(session, await views.CustomWeightsAsync(session), ldcGraduations, participants, ledger,
            context.RequestAborted);
        return TypedResults.Ok(RecomputedSession.Of(archive));
    }

    /// <summary>Recomputes the export from the ledger and streams it (a CSV, JSON or Markdown file, a CSV file as Parquet, or the workbook).</summary>
    private static async Task ExportAsync(string code, string file, HttpContext context, SessionViews views,
        IParticipantStore participants, IResponseLedger ledger, StoredSessions stored, LdcGraduations ldcGraduations, SeriesComparisons comparisons)
    {
        var session = await views.RequireAsync(code);
        context.Request.RequireModerator(session);
        if (!SessionExporter.AllFileNames.Contains(file))
            throw new CommandRejectedException(Rejection.NotFound, "Unknown export",
                $"There is no export '{file}'; choose one of {string.Join(", ", SessionExporter.AllFileNames)}.");
        var archive = await SessionArchive.LoadAsync(session, await views.CustomWeightsAsync(session), ldcGraduations, participants, ledger,
            context.RequestAborted) with { Statements = await stored.StatementsAsync(session, context.RequestAborted) };
        // Linked sessions are read only for the file that shows them, and only those a presented key opens.
        if (file == SessionExporter.ComparisonCsv)
            archive = await comparisons.AddToAsync(archive, other => ModeratorAccess.OpensLinked(context.Request, other),
                context.RequestAborted);
        context.Response.ContentType = SessionExporter.ContentTypeOf(file);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{session.Code}-{file}\"";
        await SessionExporter.WriteAsync(file, archive, context.Response.Body, context.RequestAborted);
    }
}

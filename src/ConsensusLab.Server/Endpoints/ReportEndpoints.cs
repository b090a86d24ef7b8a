using ConsensusLab.Domain.Countries;
using ConsensusLab.Reporting;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using ConsensusLab.Storage;

namespace ConsensusLab.Server.Endpoints;

internal static class ReportEndpoints
{
    /// <summary>The setting that says where Chromium is, for the PDF form.</summary>
    public const string ChromiumPathSetting = "Reporting:ChromiumPath";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sessions/{code}/report", ReportAsync).WithTags("Exports")
            .WithSummary("The rapporteur's report, recomputed from the ledger")
            .WithDescription("Self-contained HTML that prints to A4 (participation, every question with charts, methods), "
                + $"in one of {string.Join(", ", ReportLanguages.Codes)}; format=pdf prints it with headless Chromium ({ChromiumPathSetting}).")
            .Produces<string>(StatusCodes.Status200OK, "text/html", "application/pdf").RequireModeratorKey().AcceptsKeyInQuery()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>The report as HTML, or as PDF when Chromium is installed (503 when it is not).</summary>
    private static async Task<IResult> ReportAsync(string code, string? lang, string? format, HttpContext context, SessionViews views,
        IParticipantStore participants, IResponseLedger ledger, LdcGraduations ldcGraduations, SeriesComparisons comparisons, IConfiguration configuration)
    {
        var session = await views.RequireAsync(code);
        context.Request.RequireModerator(session);
        var language = string.IsNullOrEmpty(lang) ? ReportLanguages.Default : lang;
        if (!ReportLanguages.IsKnown(language))
            return TypedResults.Problem($"There is no report in '{lang}'; choose one of {string.Join(", ", ReportLanguages.Codes)}.",
                statusCode: StatusCodes.Status400BadRequest, title: "Unknown language");
        if (format is not (null or "" or "html" or "pdf"))
            return TypedResults.Problem($"There is no report format '{format}'; choose html or pdf.",
                statusCode: StatusCodes.Status400BadRequest, title: "Unknown format");
        var archive = await comparisons.AddToAsync(
            await SessionArchive.LoadAsync(session, await views.CustomWeightsAsync(session), ldcGraduations, participants, ledger, context.RequestAborted),
            other => ModeratorAccess.OpensLinked(context.Request, other), context.RequestAborted);
        var html = SessionReport.Html(archive, language);
        var name = $"{session.Code}-report-{language}";
        if (format != "pdf")
        {
            // The report carries its stylesheet inline; this policy allows exactly that stylesheet and nothing that runs.
            context.Response.Headers.ContentSecurityPolicy = SessionReport.ContentSecurityPolicy;
            context.Response.Headers.ContentDisposition = $"inline; filename=\"{name}.html\"";
            return TypedResults.Content(html, "text/html; charset=utf-8");
        }
        var printer = new ChromiumPdf(configuration[ChromiumPathSetting] is { Length: > 0 } path ? path : ChromiumPdf.DefaultPath);
        try
        {
            return TypedResults.File(await printer.PrintAsync(html, context.RequestAborted), "application/pdf", $"{name}.pdf");
        }
        catch (PdfUnavailableException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF unavailable");
        }
    }
}

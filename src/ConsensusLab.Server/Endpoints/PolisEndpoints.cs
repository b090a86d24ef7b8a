using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Reporting;
using ConsensusLab.Reporting.Polis;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using ConsensusLab.Storage;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace ConsensusLab.Server.Endpoints;

/// <summary>Moving conversations between Polis and ConsensusLab: import an open-data export as a session, export a statements question.</summary>
internal static class PolisEndpoints
{
    // Kestrel's own bound for any body: a Polis export of a few thousand votes is a few hundred kilobytes.
    private const long ImportSizeLimit = 1024 * 1024;
    private static readonly string[] Files = ["comments.csv", "votes.csv"];

    public static IEndpointRouteBuilder MapPolisEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sessions/import/polis", ImportAsync).WithTags("Polis").WithMetadata(new RequestSizeLimitAttribute(ImportSizeLimit))
            .WithSummary("Import a Polis conversation as a new session")
            .WithDescription("'comments' and 'votes' are the text of comments.csv and votes.csv from Polis' open-data export. The session has one "
                + "statements question, 'conversation': each comment a statement (Polis' moderation kept), each vote in the ledger at the time it "
                + "was cast; voters count in the 'Other / prefer not to say' group. The keys are in the answer this once.")
            .Produces<CreatedSession>(StatusCodes.Status201Created).RequireCreationKey().ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        app.MapGet("/api/sessions/{code}/questions/{questionId}/polis/{file}", ExportAsync).WithTags("Polis")
            .WithSummary("Export a statements question in Polis' format")
            .WithDescription("comments.csv or votes.csv of Polis' open-data export: every statement as a comment, every vote event.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").RequireModeratorKey().AcceptsKeyInQuery()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> ImportAsync(PolisImportRequest body, HttpRequest request, IGrainFactory grains, SessionViews views,
        SessionCreation creation)
    {
        creation.Require(request);
        var import = PolisSessionImport.Read(new StringReader(body.Comments ?? ""), new StringReader(body.Votes ?? ""));
        var (session, moderatorKey, viewKey) = await import.CreateAsync(grains, body.Title, body.Prompt);
        var view = await views.BuildAsync(await views.RequireAsync(session.Code), request);
        return TypedResults.Created($"/api/sessions/{session.Code}", new CreatedSession(view, moderatorKey, viewKey));
    }

    private static async Task ExportAsync(string code, string questionId, string file, HttpContext context, SessionViews views,
        IParticipantStore participants, IResponseLedger ledger, StoredSessions stored, LdcGraduations ldcGraduations)
    {
        var session = await views.RequireAsync(code);
        context.Request.RequireModerator(session);
        if (session.Require(questionId).Kind != QuestionKind.Statements)
            throw new CommandRejectedException(Rejection.Invalid, "Not a statements question", $"Question '{questionId}' has no statements to export.");
        if (!Files.Contains(file))
            throw new CommandRejectedException(Rejection.NotFound, "Unknown file", $"Polis' format has {string.Join(" and ", Files)}, not '{file}'.");
        var archive = await SessionArchive.LoadAsync(session, await views.CustomWeightsAsync(session), ldcGraduations, participants, ledger,
            context.RequestAborted) with { Statements = await stored.StatementsAsync(session, context.RequestAborted) };
        var text = new StringWriter();
        var conversation = PolisExport.Of(archive, questionId);
        if (file == Files[0])
            PolisFormat.Write(conversation, text, TextWriter.Null);
        else
            PolisFormat.Write(conversation, TextWriter.Null, text);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{session.Code}-{questionId}-{file}\"";
        await context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}

using ConsensusLab.Server.Api;
using ConsensusLab.Server.ApiDocs;
using Microsoft.AspNetCore.Http.HttpResults;
using QRCoder;

namespace ConsensusLab.Server.Endpoints;

internal static class PageEndpoints
{
    /// <summary>The pages are static files; these routes let their addresses carry the session code.</summary>
    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/join/{code}", (IWebHostEnvironment env) => Page(env, "participant.html")).ExcludeFromDescription();
        app.MapGet("/moderate", (IWebHostEnvironment env) => Page(env, "moderator.html")).ExcludeFromDescription();
        app.MapGet("/moderate/{code}", (IWebHostEnvironment env) => Page(env, "moderator.html")).ExcludeFromDescription();
        app.MapGet("/project/{code}", (IWebHostEnvironment env) => Page(env, "projector.html")).ExcludeFromDescription();
        app.MapGet("/api-docs", (IWebHostEnvironment env) => Page(env, "api-reference.html")).ExcludeFromDescription();
        app.MapGet("/api/sessions/{code}/qr.svg", QrAsync).WithTags("Sessions")
            .WithSummary("The QR code of the session's join address").Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static FileStreamHttpResult Page(IWebHostEnvironment env, string file) =>
        TypedResults.File(env.WebRootFileProvider.GetFileInfo(file).CreateReadStream(), "text/html; charset=utf-8");

    /// <summary>The QR code of the session's join address, for the moderator to show on the screen.</summary>
    private static async Task<IResult> QrAsync(string code, HttpRequest request, SessionViews views)
    {
        var session = await views.RequireAsync(code);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode($"{views.BaseUrl(request)}/join/{session.Code}", QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        return TypedResults.Text(svg, "image/svg+xml");
    }
}

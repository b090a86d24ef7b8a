using System.Data.Common;
using System.Text.Json;
using ConsensusLab.Grains;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime;
using Orleans.Storage;

namespace ConsensusLab.Server.Extensions;

/// <summary>Turns the ways a request can be refused into application/problem+json responses that name the problem.</summary>
internal sealed class ConsensusExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            CommandRejectedException rejected => (StatusOf(rejected.Rejection), rejected.Title, rejected.Message),
            BadHttpRequestException { InnerException: JsonException json } => (400, "Malformed JSON", json.Message),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 413 ? "Request body too large" : "Bad request", bad.Message),
            JsonException json => (400, "Malformed JSON", json.Message),
            // The store is down or frozen: nothing was acknowledged, and the same request may come again in a moment.
            StoreUnavailableException or DbException => (503, "Store unavailable",
                "The server's database is failing just now (stopped, hung or full); nothing was saved. Retry the same request in a few seconds."),
            InconsistentStateException => (409, "Changed concurrently", "The item changed while this request ran; read it again and retry."),
            // A silo left the cluster while the call was on its way (SiloUnavailableException is one of these); the grain
            // comes back on another silo within seconds.
            OrleansMessageRejectionException or TimeoutException =>
                (503, "Briefly unavailable", "The server is moving this item to another silo; retry the same request in a second."),
            _ => (0, "", ""),
        };
        if (status == 0)
            return false;
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = exception is StoreUnavailableException or DbException ? "2" : "1";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
            Exception = exception,
        });
    }

    private static int StatusOf(Rejection rejection) => rejection switch
    {
        Rejection.NotFound => StatusCodes.Status404NotFound,
        Rejection.Conflict => StatusCodes.Status409Conflict,
        Rejection.Unauthenticated => StatusCodes.Status401Unauthorized,
        Rejection.Forbidden => StatusCodes.Status403Forbidden,
        Rejection.TooMany => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}

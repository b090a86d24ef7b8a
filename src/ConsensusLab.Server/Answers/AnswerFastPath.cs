using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.Extensions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ConsensusLab.Server.Answers;

/// <summary>
/// Takes answers and votes, which arrive thousands a second in a plenary, straight to the <see cref="AnswerIntake"/>.
/// They skip the status-code pages, the static files, routing and the endpoint's parameter binding, which together cost
/// an answer about as much CPU as its way through the grain and the ledger (docs/architecture.md, "Answer path").
/// It takes only a POST to the answers or votes route with a JSON body of declared length. Anything else, such as a
/// chunked body, another media type or an empty body, goes the general way to the same endpoints, which share the intake.
/// What the skipped middleware would do for a request it takes is done here: the matched endpoint and route values are
/// set, so the request log, its quiet success and the route in the metrics see a routed request; the global rate
/// limits and the body limit apply; and refusals are thrown to the exception handler, as the endpoints' are.
/// </summary>
internal sealed class AnswerFastPath(RequestDelegate next, EndpointDataSource endpoints, AnswerIntake intake,
    IOptions<RateLimiterOptions> rateLimits, IOptions<HttpJsonOptions> json, IProblemDetailsService problems)
{
    private readonly JsonTypeInfo<AnswerRequest> _answer = (JsonTypeInfo<AnswerRequest>)json.Value.SerializerOptions.GetTypeInfo(typeof(AnswerRequest));
    private readonly JsonTypeInfo<VoteRequest> _vote = (JsonTypeInfo<VoteRequest>)json.Value.SerializerOptions.GetTypeInfo(typeof(VoteRequest));
    private Route[]? _routes;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || request.ContentLength is not > 0 || !IsJson(request.ContentType))
            return next(context);
        var values = new RouteValueDictionary();
        foreach (var route in _routes ??= Routes())
        {
            if (route.Matcher.TryMatch(request.Path, values))
                return TakeAsync(context, route, values);
        }
        return next(context);
    }

    private async Task TakeAsync(HttpContext context, Route route, RouteValueDictionary values)
    {
        context.SetEndpoint(route.Endpoint);
        context.Request.RouteValues = values;
        LoggingExtensions.NoteRouteTemplate(context);
        var limits = rateLimits.Value;
        using var lease = limits.GlobalLimiter is { } limiter ? limiter.AttemptAcquire(context) : null;
        if (lease is { IsAcquired: false })
        {
            context.Response.StatusCode = limits.RejectionStatusCode;
            if (limits.OnRejected is { } rejected)
                await rejected(new OnRejectedContext { HttpContext = context, Lease = lease }, context.RequestAborted);
            return;
        }
        if (await RequestBodyLimitMiddleware.RefusedAsync(context, route.BodyLimit, problems))
            return;
        var (code, questionId) = ((string)values["code"]!, (string)values["questionId"]!);
        var post = route.IsVote
            ? (await ReadAsync(context.Request, _vote, context.RequestAborted)).ToPost(code, questionId)
            : (await ReadAsync(context.Request, _answer, context.RequestAborted)).ToPost(code, questionId);
        var receipt = await intake.AcknowledgeAsync(post, context.Request, context.RequestAborted);
        var response = context.Response;
        response.ContentType = AnswerIntake.ReceiptContentType;
        response.ContentLength = receipt.Length;
        await response.Body.WriteAsync(receipt, context.RequestAborted);
    }

    /// <summary>
    /// The whole body, parsed at once from the bytes Kestrel has buffered, with the options the endpoints bind with, so
    /// malformed JSON is refused in the same words; without the streaming deserialiser's per-request state.
    /// </summary>
    private static async Task<T> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var reader = request.BodyReader;
        var read = await reader.ReadAsync(cancellationToken);
        while (!read.IsCompleted)
        {
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            read = await reader.ReadAsync(cancellationToken);
        }
        try
        {
            var body = read.Buffer.IsSingleSegment
                ? JsonSerializer.Deserialize(read.Buffer.FirstSpan, type)
                : JsonSerializer.Deserialize(read.Buffer.ToArray(), type);
            return body ?? throw new BadHttpRequestException("The body is JSON null; send the answer as a JSON object.");
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    /// <summary>application/json, with or without parameters (a charset other than UTF-8 is refused with the body limit).</summary>
    private static bool IsJson(string? contentType) =>
        contentType is not null
        && contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        && (contentType.Length == "application/json".Length || contentType["application/json".Length] is ';' or ' ');

    /// <summary>The endpoints marked with <see cref="AnswerFastPathRoute"/>, matched as routing matches their pattern.</summary>
    private Route[] Routes() =>
    [
        .. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<AnswerFastPathRoute>() is not null)
            .Select(endpoint => new Route(endpoint,
                new TemplateMatcher(TemplateParser.Parse(endpoint.RoutePattern.RawText!), new RouteValueDictionary()),
                endpoint.Metadata.GetMetadata<AnswerFastPathRoute>()!.IsVote,
                endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? RequestBodyLimitMiddleware.DefaultLimit)),
    ];

    private sealed record Route(RouteEndpoint Endpoint, TemplateMatcher Matcher, bool IsVote, long BodyLimit);
}

/// <summary>Endpoint metadata: <see cref="AnswerFastPath"/> takes this endpoint's JSON POSTs, as an answer or as a vote.</summary>
internal sealed record AnswerFastPathRoute(bool IsVote);

internal static class AnswerFastPathExtensions
{
    public static RouteHandlerBuilder TakenByAnswerFastPath(this RouteHandlerBuilder builder, bool asVote = false) =>
        builder.WithMetadata(new AnswerFastPathRoute(asVote));
}

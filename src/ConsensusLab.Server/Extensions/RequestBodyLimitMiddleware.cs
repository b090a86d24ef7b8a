using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace ConsensusLab.Server.Extensions;

/// <summary>
/// Refuses a body larger than the endpoint allows (413) or in a charset other than UTF-8 (415) before anything reads it,
/// with a problem+json. Kestrel enforces
/// the same limit on bodies without a Content-Length as they stream in.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public const long DefaultLimit = 16 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultLimit;
        if (!await RefusedAsync(context, limit, problems))
            await next(context);
    }

    /// <summary>
    /// Sets the body limit on the request and refuses it if it declares a larger body or a foreign charset; true if refused.
    /// Also called by <see cref="Answers.AnswerFastPath"/>, which comes before this middleware.
    /// </summary>
    public static async Task<bool> RefusedAsync(HttpContext context, long limit, IProblemDetailsService problems)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        if (ForeignCharset(context.Request) is { } charset)
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = 415,
                    Title = "Unsupported charset",
                    Detail = $"JSON bodies are UTF-8 (RFC 8259); the request declares charset '{charset}'.",
                },
            });
            return true;
        }
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = 413,
                    Title = "Request body too large",
                    Detail = $"This endpoint accepts at most {limit} bytes; the request has {context.Request.ContentLength}.",
                },
            });
            return true;
        }
        return false;
    }

    /// <summary>A charset other than UTF-8 declared by the request, or null.</summary>
    private static string? ForeignCharset(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.Charset is { Length: > 0 } charset
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
                ? charset.ToString()
                : null;
}

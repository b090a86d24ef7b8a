namespace ConsensusLab.Server.Extensions;

/// <summary>
/// Browser hardening on every response (issue 10, finding 10): no MIME sniffing, no framing, no referrer, and a
/// Content-Security-Policy that allows only this origin's own files. The pages are plain ES modules and one stylesheet,
/// with no inline script, inline style, eval or data: URL, so nothing needs loosening; styles that code sets go through
/// element.style (CSSOM), which the policy does not cover, never through a style attribute.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The Orleans dashboard (operators only, on the machine itself) brings its own inline scripts and styles.</summary>
    private static readonly PathString Dashboard = new("/dashboard");

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the response starts rather than now: the exception handler clears the headers of a failed request
        // before it writes the problem, and those answers must carry them too.
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            // An endpoint that serves a document of its own (the session report) sets a stricter policy that fits it.
            if (!http.Request.Path.StartsWithSegments(Dashboard, StringComparison.OrdinalIgnoreCase) && headers.ContentSecurityPolicy.Count == 0)
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}

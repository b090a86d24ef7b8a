using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ConsensusLab.Server.Extensions;

internal static class LoggingExtensions
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Serilog for every log: readable text on the console by default, compact JSON (one event per line, for log
    /// shipping) with Logging:Format=json, and a daily rolling file when Logging:File names one. Sinks registered as
    /// services are added too (the tests capture events that way).
    /// </summary>
    public static WebApplicationBuilder AddConsensusLogging(this WebApplicationBuilder builder)
    {
        var minimum = Enum.TryParse<LogEventLevel>(builder.Configuration["Logging:MinimumLevel"], out var level) ? level : LogEventLevel.Information;
        var json = string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase);
        var file = builder.Configuration["Logging:File"];
        // The host's own logger, not the static Log.Logger: two hosts in one process (the tests run many) must not take
        // over each other's sinks. The request log is pointed at it below for the same reason.
        builder.Services.AddSerilog((services, logging) =>
        {
            logging.MinimumLevel.Is(minimum)
                // One request-log line per request comes from UseConsensusRequestLogging; the framework's own are not needed.
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                // Orleans reports every start-up option and Polly every placement attempt at Information: warnings only,
                // but for membership changes, which say when a silo joined, left or was declared dead.
                .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
                .MinimumLevel.Override("Orleans.Runtime.MembershipService", LogEventLevel.Information)
                .MinimumLevel.Override("Polly", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .ReadFrom.Services(services);
            if (json)
                logging.WriteTo.Console(new CompactJsonFormatter());
            else
                logging.WriteTo.Console(outputTemplate: TextTemplate);
            if (file is { Length: > 0 })
            {
                if (json)
                    logging.WriteTo.File(new CompactJsonFormatter(), file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
                else
                    logging.WriteTo.File(file, outputTemplate: TextTemplate, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
            }
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request: method, route template (never the query string, where live pages carry their key), status
    /// and time. Server errors are errors; probes and acknowledged answers and votes (see <see cref="QuietRequestLog"/>)
    /// are debug; everything else is information.
    /// </summary>
    public static WebApplication UseConsensusRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            // Probes and scrapes come every few seconds whatever happens in the room; their outcome is logged by the
            // health checks themselves, so their request lines stay below the default level.
            options.GetLevel = (context, _, failure) =>
                IsProbe(context.Request.Path) || IsQuietSuccess(context, failure) ? LogEventLevel.Debug
                : failure is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                if (context.Items[RouteTemplateKey] is null)
                    diagnostics.Set("RouteTemplate", "(static or unmatched)");
            };
        });
        return app;
    }

    private static bool IsQuietSuccess(HttpContext context, Exception? failure) =>
        failure is null && context.Response.StatusCode < 300 && context.GetEndpoint()?.Metadata.GetMetadata<QuietRequestLog>() is not null;

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Notes the matched route for the request-log line; call after routing. Noted here, not when the request ends,
    /// because the exception handler clears the endpoint before it writes a refusal.
    /// </summary>
    public static WebApplication UseRouteTemplateInRequestLog(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            NoteRouteTemplate(context);
            return next(context);
        });
        return app;
    }

    /// <summary>Notes the route of the request's endpoint, if it has one, for its request-log line.</summary>
    public static void NoteRouteTemplate(HttpContext context)
    {
        if ((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } template)
        {
            context.Items[RouteTemplateKey] = template;
            context.RequestServices.GetRequiredService<IDiagnosticContext>().Set("RouteTemplate", template);
        }
    }

    private const string RouteTemplateKey = "consensuslab.route-template";
}

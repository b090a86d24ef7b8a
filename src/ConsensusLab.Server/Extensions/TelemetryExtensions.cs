using ConsensusLab.Grains.Telemetry;
using ConsensusLab.Server.Telemetry;
using ConsensusLab.Storage;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ConsensusLab.Server.Extensions;

internal static class TelemetryExtensions
{
    /// <summary>
    /// Metrics and traces through OpenTelemetry: ASP.NET Core, Orleans (its meter and activity sources), Npgsql and
    /// ConsensusLab's own meters. Prometheus scrapes /metrics when Metrics:Prometheus is true; an OTLP collector gets
    /// both when an endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT, or OpenTelemetry:OtlpEndpoint).
    /// </summary>
    public static WebApplicationBuilder AddConsensusTelemetry(this WebApplicationBuilder builder)
    {
        var prometheus = builder.Configuration.GetValue("Metrics:Prometheus", false);
        var otlp = builder.Configuration["OpenTelemetry:OtlpEndpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint)
            : builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } fromEnvironment ? new Uri(fromEnvironment)
            : null;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("consensuslab", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddNpgsqlInstrumentation()
                    // System.Runtime: the runtime's own meter (GC heap, working set, thread pool), to size a silo for a crowd.
                    .AddMeter("System.Runtime", "Microsoft.Orleans", ServerMetrics.MeterName, GrainMetrics.MeterName, StoreMetrics.MeterName);
                if (prometheus)
                    metrics.AddPrometheusExporter();
                if (otlp is not null)
                    metrics.AddOtlpExporter(options => options.Endpoint = otlp);
            });
        if (otlp is not null)
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddNpgsql()
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                .AddOtlpExporter(options => options.Endpoint = otlp));
        return builder;
    }

    /// <summary>The Prometheus scraping endpoint, when configured; nginx keeps it from the public (deploy/nginx).</summary>
    public static WebApplication MapConsensusMetrics(this WebApplication app)
    {
        if (app.Configuration.GetValue("Metrics:Prometheus", false))
            app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}

using ConsensusLab.Domain.Countries;
using Microsoft.AspNetCore.HttpOverrides;
using ConsensusLab.Server.Answers;
using ConsensusLab.Server.Health;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.Live;
using ConsensusLab.Server.Samples;

namespace ConsensusLab.Server.Extensions;

internal static class ApiServiceExtensions
{
    /// <summary>The live meter hub, JSON, problem details, OpenAPI and health checks; call after the silo is added.</summary>
    public static WebApplicationBuilder AddConsensusServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ParticipantDirectory>();
        builder.Services.AddSingleton<AnswerBatcher>();
        builder.Services.AddSingleton<AnswerIntake>();
        builder.Services.AddSingleton<SessionCreation>();
        builder.Services.AddSingleton<LiveMeterHub>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LiveMeterHub>());
        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddSingleton<SessionViews>();
        builder.Services.AddSingleton<ParticipantAuthentication>();
        // An operator's table of LDC graduation dates replaces the bundled one without a release (docs/operations.md);
        // it is read now, so a malformed file stops the start instead of the first export.
        builder.Services.AddSingleton(builder.Configuration["Reference:LdcGraduations"] is { Length: > 0 } ldcTable
            ? LdcGraduations.LoadFile(ldcTable) : LdcGraduations.Bundled);
        builder.Services.AddSingleton<SampleTemplates>();
        builder.Services.AddSingleton<SampleKeys>();
        builder.Services.AddHostedService<SampleLoader>();
        builder.Services.AddHostedService<StartupBanner>();
        builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        // A body or parameter an endpoint cannot bind is refused with a problem that says why, in every environment, and
        // in the same words as AnswerFastPath, which binds answers and votes itself.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<ConsensusExceptionHandler>();
        builder.Services.AddConsensusOpenApi();
        builder.Services.AddSingleton<StartupCheck>();
        builder.Services.AddHealthChecks()
            .AddCheck<StoreCheck>("store", tags: [HealthEndpoints.Ready])
            .AddCheck<SiloCheck>("silo", tags: [HealthEndpoints.Ready])
            .AddCheck<StartupCheck>("startup", tags: [HealthEndpoints.Ready]);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
        // Behind a proxy (nginx) the client's address comes in X-Forwarded-For: trusted from loopback by default and
        // from the addresses in ForwardedHeaders:KnownProxies, so per-address rate limits see the real clients.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        return builder;
    }

    public static WebApplication UseConsensusPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseForwardedHeaders();
        app.UseConsensusRequestLogging();
        app.UseExceptionHandler();
        // Answers and votes take a shorter way from here (AnswerFastPath says what it does in place of what follows).
        app.UseMiddleware<AnswerFastPath>();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        // The pages are plain ES modules without a build step: revalidate them so a new release is picked up at once.
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = f => f.Context.Response.Headers.CacheControl = "no-cache" });
        app.UseRouting();
        app.UseRouteTemplateInRequestLog();
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapSiloDashboard();
        app.MapConsensusMetrics();
        return app;
    }
}

using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ConsensusLab.Server.Health;

internal static class HealthEndpoints
{
    /// <summary>Checks that must pass before a load balancer sends this silo requests.</summary>
    public const string Ready = "ready";

    /// <summary>
    /// /health/live: the process answers (restart it if not). /health/ready: the store answers with its schema, the silo
    /// is active in its cluster and start-up is done (send it requests if so). /health: all of it, as before. Reads only.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var reads = new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(reads);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).WithMetadata(reads);
        app.MapHealthChecks("/health").WithMetadata(reads);
        return app;
    }
}

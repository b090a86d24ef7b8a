using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConsensusLab.Server.Health;

/// <summary>Healthy once start-up work (loading the samples) is done.</summary>
internal sealed class StartupCheck : IHealthCheck
{
    private volatile bool _done;

    public void MarkDone() => _done = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_done ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Starting up."));
}

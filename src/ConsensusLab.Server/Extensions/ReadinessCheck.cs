using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConsensusLab.Server.Extensions;

/// <summary>Healthy once start-up work (the samples) is done, so /health answers 200 only when the server is ready.</summary>
internal sealed class ReadinessCheck : IHealthCheck
{
    private volatile bool _ready;

    public void MarkReady() => _ready = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Starting up."));
}

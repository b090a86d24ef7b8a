using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace ConsensusLab.Server.Health;

/// <summary>Healthy while this process's silo is an active member of its cluster (not joining, not shutting down).</summary>
internal sealed class SiloCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The silo is {status.ToString().ToLowerInvariant()} in its cluster."));
    }
}

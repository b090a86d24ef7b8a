using ConsensusLab.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConsensusLab.Server.Health;

/// <summary>Healthy while the store answers (within the check's time) with every migration of this build applied.</summary>
internal sealed class StoreCheck(IStoreHealth store) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            return await store.ProblemAsync(timeout.Token) is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", e);
        }
    }
}

namespace ConsensusLab.Grains.Hosting;

/// <summary>
/// On a grain interface method: calls to it interleave with the grain's other turns at await points instead of
/// waiting for the running request to finish (Orleans: [AlwaysInterleave]). Code between awaits still runs alone.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;

using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ConsensusLab.Storage;

/// <summary>
/// Whether the store is failing writes, and since when. An outage is logged twice, when it starts and when it ends
/// (with its duration), not once per failed write: during a 30-second outage every answer fails, and a log line per
/// answer would bury the two that matter.
/// </summary>
internal sealed class StoreOutage(string engine, ILogger logger)
{
    /// <summary>
    /// How long a failed write keeps the store reported unready. A silo that is not ready gets no traffic, so without
    /// an end it would never write again to learn the store is back; readiness also probes the store itself.
    /// </summary>
    private static readonly TimeSpan Recent = TimeSpan.FromSeconds(10);

    private long _since;
    private long _lastFailure;
    private string? _problem;

    /// <summary>Null unless a write failed in the last few seconds and none succeeded since; otherwise what failed.</summary>
    public string? Problem =>
        _problem is { } problem && Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastFailure)) < Recent ? problem : null;

    public void Failed(Exception failure)
    {
        _problem = $"The {engine} store failed a write: {failure.Message}";
        Interlocked.Exchange(ref _lastFailure, Stopwatch.GetTimestamp());
        if (Interlocked.CompareExchange(ref _since, Stopwatch.GetTimestamp(), 0) == 0)
            logger.LogError(failure, "The {Engine} store is unavailable: writes fail and are answered 503 until it is back", engine);
        else
            logger.LogDebug(failure, "The {Engine} store still fails writes", engine);
    }

    public void Succeeded()
    {
        var since = Interlocked.Exchange(ref _since, 0);
        if (since == 0)
            return;
        _problem = null;
        logger.LogWarning("The {Engine} store is available again after {OutageSeconds:0.0} s", engine, Stopwatch.GetElapsedTime(since).TotalSeconds);
    }
}

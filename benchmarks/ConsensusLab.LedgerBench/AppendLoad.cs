using System.Diagnostics;
using ConsensusLab.Storage;

namespace ConsensusLab.LedgerBench;

/// <summary>
/// Keeps a fixed number of appends in flight on each ledger, every one a distinct participant's answer with a fresh
/// request id of the given kind, and counts the appends that completed, i.e. were committed, in the measured window
/// after the warm-up.
/// </summary>
internal static class AppendLoad
{
    public static async Task<double> AppendsPerSecondAsync(IReadOnlyList<IResponseLedger> ledgers, string sessionCode, RequestIdKind requestIds,
        BenchOptions options)
    {
        using var stop = new CancellationTokenSource();
        var counting = 0;
        var counted = 0L;
        var clients = ledgers.SelectMany((ledger, writer) => Enumerable.Range(0, options.InFlight).Select(client => Task.Run(async () =>
        {
            var participant = $"p{writer}-{client}";
            while (!stop.IsCancellationRequested)
            {
                var requestId = requestIds == RequestIdKind.V7 ? Guid.CreateVersion7() : Guid.NewGuid();
                var entry = new LedgerEntry(sessionCode, "q", 1, participant, "GOV", requestId.ToString(), """{"choice":3}""",
                    DateTimeOffset.UtcNow);
                await ledger.AppendAsync(entry, CancellationToken.None);
                if (Volatile.Read(ref counting) == 1)
                    Interlocked.Increment(ref counted);
            }
        }))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(options.Warmup));
        var started = Stopwatch.GetTimestamp();
        Volatile.Write(ref counting, 1);
        await Task.Delay(TimeSpan.FromSeconds(options.Seconds));
        Volatile.Write(ref counting, 0);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        return Interlocked.Read(ref counted) / elapsed.TotalSeconds;
    }
}

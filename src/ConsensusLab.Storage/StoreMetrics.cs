using System.Diagnostics.Metrics;

namespace ConsensusLab.Storage;

/// <summary>
/// What the group-committing writers measure (meter "ConsensusLab.Storage"): how many writes each commit carried and how
/// long it took, by engine. The batch size is the group commit at work; the duration is what every answer waits for.
/// </summary>
public static class StoreMetrics
{
    public const string MeterName = "ConsensusLab.Storage";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "consensuslab.store.commit.writes", "{write}", "Writes (ledger appends, joins, grain-state writes) committed together in one transaction.");

    private static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>(
        "consensuslab.store.commit.duration", "s", "Time one group commit took, from its first statement to the end of COMMIT.");

    internal static void Committed(string engine, int writes, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("engine", engine);
        BatchSize.Record(writes, tag);
        CommitDuration.Record(duration.TotalSeconds, tag);
    }
}

using System.Diagnostics.Metrics;

namespace ConsensusLab.Storage.Tests.Postgres;

/// <summary>
/// Counts PostgreSQL group commits through the writers' own metric (consensuslab.store.commit.writes, one measurement
/// per commit). Meters are process-wide: this counts every PostgreSQL writer of the process, which is one at a time
/// here, as every test that uses PostgreSQL runs in one collection.
/// </summary>
internal sealed class CommitCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private int _commits;

    public CommitCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == StoreMetrics.MeterName && instrument.Name == "consensuslab.store.commit.writes")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<int>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "engine", Value: "Postgres" })
                    Interlocked.Increment(ref _commits);
            }
        });
        _listener.Start();
    }

    public int Commits => Volatile.Read(ref _commits);

    public void Dispose() => _listener.Dispose();
}

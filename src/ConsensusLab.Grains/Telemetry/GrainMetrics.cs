using System.Diagnostics.Metrics;

namespace ConsensusLab.Grains.Telemetry;

/// <summary>
/// What the grains measure (meter "ConsensusLab.Grains"): how many of each grain type this silo holds, and how long a
/// change to a question waits before its tally goes out to the live meters (the coalescing delay, at most a tick).
/// </summary>
public static class GrainMetrics
{
    public const string MeterName = "ConsensusLab.Grains";

    private static readonly Meter Meter = new(MeterName);

    private static readonly UpDownCounter<int> Activations = Meter.CreateUpDownCounter<int>(
        "consensuslab.grains.activations", "{activation}", "Grain activations on this silo, by grain type.");

    private static readonly Histogram<double> PublishLag = Meter.CreateHistogram<double>(
        "consensuslab.meters.publish.lag", "s", "Time from a question's first unpublished change to the publication of its tally.");

    internal static void Activated(string grainType) => Activations.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));

    internal static void Deactivated(string grainType) => Activations.Add(-1, new KeyValuePair<string, object?>("grain.type", grainType));

    internal static void Published(TimeSpan lag) => PublishLag.Record(lag.TotalSeconds);
}

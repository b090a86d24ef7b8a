using System.Diagnostics.Metrics;
using ConsensusLab.Grains;

namespace ConsensusLab.Server.Telemetry;

/// <summary>
/// What the web front door measures (meter "ConsensusLab.Server"): answers acknowledged and refused, and the live
/// connections it holds open.
/// </summary>
internal static class ServerMetrics
{
    public const string MeterName = "ConsensusLab.Server";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Acknowledged = Meter.CreateCounter<long>(
        "consensuslab.answers.acknowledged", "{answer}", "Answers acknowledged with 200, each durable in the ledger; retried=true for a retry of one already there.");

    private static readonly Counter<long> Refused = Meter.CreateCounter<long>(
        "consensuslab.answers.rejected", "{answer}", "Answers refused by the API, by reason (notFound, conflict, invalid, unauthenticated, forbidden).");

    private static int _liveConnections;

    static ServerMetrics() => Meter.CreateObservableGauge(
        "consensuslab.live.connections", () => Volatile.Read(ref _liveConnections), "{connection}", "Live (server-sent events) connections open on this silo.");

    public static void AnswerAcknowledged(bool retried) => Acknowledged.Add(1, new KeyValuePair<string, object?>("retried", retried));

    public static void AnswerRejected(Rejection reason) =>
        Refused.Add(1, new KeyValuePair<string, object?>("reason", System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reason.ToString())));

    public static void LiveConnectionOpened() => Interlocked.Increment(ref _liveConnections);

    public static void LiveConnectionClosed() => Interlocked.Decrement(ref _liveConnections);
}

using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ConsensusLab.Server.Tests.Telemetry;

/// <summary>Keeps every log event the server writes, for tests that read its logs.</summary>
internal sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}

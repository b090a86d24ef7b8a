using Microsoft.Extensions.Logging;

namespace ConsensusLab.Storage.Tests.Postgres;

/// <summary>Counts the writer's group commits (its trace events), to prove that concurrent writes share commits.</summary>
internal sealed class CommitCountingLogger : ILogger
{
    private int _commits;

    public int Commits => Volatile.Read(ref _commits);

    public bool IsEnabled(LogLevel logLevel) => true;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel == LogLevel.Trace && state is IReadOnlyList<KeyValuePair<string, object?>> properties
            && properties.Any(p => p.Key == "WriteCount"))
            Interlocked.Increment(ref _commits);
    }
}

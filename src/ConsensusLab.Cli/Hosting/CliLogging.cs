using Microsoft.Extensions.Logging;

namespace ConsensusLab.Cli.Hosting;

/// <summary>Logging for the CLI: warnings and errors only, one line each on stderr, so stdout stays the command's output.</summary>
internal static class CliLogging
{
    public static Action<ILoggingBuilder> WarningsTo(TextWriter error) => builder => builder
        .ClearProviders()
        .SetMinimumLevel(LogLevel.Warning)
        .AddProvider(new Provider(TextWriter.Synchronized(error)));

    private sealed class Provider(TextWriter error) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(error, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class Logger(TextWriter error, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var problem = exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})";
            error.WriteLine($"{logLevel.ToString().ToLowerInvariant()}: {category}: {formatter(state, exception)}{problem}");
        }
    }
}

using Serilog;
using Serilog.Events;

namespace ConsensusLab.Server.Extensions;

internal static class LoggingExtensions
{
    /// <summary>Serilog to the console, and to a daily rolling file when Logging:File names one.</summary>
    public static WebApplicationBuilder AddConsensusLogging(this WebApplicationBuilder builder)
    {
        var minimum = Enum.TryParse<LogEventLevel>(builder.Configuration["Logging:MinimumLevel"], out var level) ? level : LogEventLevel.Information;
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(minimum)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            // Orleans reports every start-up option and Polly every placement attempt at Information: warnings only,
            // but for membership changes, which say when a silo joined, left or was declared dead.
            .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
            .MinimumLevel.Override("Orleans.Runtime.MembershipService", LogEventLevel.Information)
            .MinimumLevel.Override("Polly", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        if (builder.Configuration["Logging:File"] is { Length: > 0 } file)
            configuration.WriteTo.File(file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
        return builder;
    }
}

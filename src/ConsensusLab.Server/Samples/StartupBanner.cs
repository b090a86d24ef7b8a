using ConsensusLab.Server.Api;

namespace ConsensusLab.Server.Samples;

/// <summary>Once the server listens, prints where moderators and participants of each sample session go.</summary>
internal sealed class StartupBanner(IHostApplicationLifetime lifetime, PublicAddress publicAddress, SampleTemplates templates, SampleKeys keys,
    IConfiguration configuration, ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    private void Print()
    {
        var address = publicAddress.AtStartup() ?? "http://127.0.0.1:5080";
        logger.LogInformation("ConsensusLab is ready at {Address} — create a session at {Address}/moderate", address, address);
        if (!publicAddress.ListensOnNetwork())
            logger.LogWarning("Listening on this machine only: phones cannot reach it. For a room, start it with --urls http://0.0.0.0:5080");
        if (!configuration.GetValue("Samples:Load", false))
            return;
        foreach (var template in templates.All.Where(t => t.SampleCode is not null))
        {
            var code = template.SampleCode!;
            var (moderatorKey, viewKey) = keys.Of(code) ?? ("", "");
            logger.LogInformation("Sample {Title}", template.Definition.Title);
            logger.LogInformation("  moderator    {ModeratorUrl}", $"{address}/moderate/{code}#key={moderatorKey}");
            logger.LogInformation("  projector    {ProjectorUrl}", $"{address}/project/{code}#key={viewKey}");
            logger.LogInformation("  participants {ParticipantUrl}", $"{address}/join/{code}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using ConsensusLab.Grains;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.Health;
using Orleans;

namespace ConsensusLab.Server.Samples;

/// <summary>
/// With Samples:Load, creates each template that names a sample code as an open session with its questions open,
/// so a newcomer can join and run the crowd simulator at once. A sample session that exists already keeps its answers
/// and, through <see cref="SampleKeys"/>, its access keys, which the banner prints.
/// </summary>
internal sealed class SampleLoader(SampleTemplates templates, IGrainFactory grains, IConfiguration configuration,
    SampleKeys sampleKeys, StartupCheck startup, ILogger<SampleLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Samples:Load", false))
            foreach (var template in templates.All.Where(t => t.SampleCode is not null))
                await LoadAsync(template);
        startup.MarkDone();
    }

    private async Task LoadAsync(SessionTemplate template)
    {
        var session = grains.GetGrain<ISessionGrain>(template.SampleCode!);
        var (moderatorKey, viewKey, hashes) = sampleKeys.Kept(template.SampleCode!) is { } kept ? AccessKeys.From(kept) : AccessKeys.New();
        sampleKeys.Set(template.SampleCode!, moderatorKey, viewKey);
        if (await session.Get() is not null)
        {
            await session.ReplaceKeys(hashes);
            return;
        }
        await session.Create(template.Definition, hashes);
        await session.Open();
        foreach (var question in template.Definition.Questions)
            await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(template.SampleCode!, question.Id)).Open();
        logger.LogInformation("Sample session {SessionCode} loaded: {Title}", template.SampleCode, template.Definition.Title);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

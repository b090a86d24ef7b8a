using ConsensusLab.Domain.Participants;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Groups;
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
        var kept = template.SameModeratorAs is { } shared ? sampleKeys.Kept(shared) : sampleKeys.Kept(template.SampleCode!);
        var (moderatorKey, viewKey, hashes) = kept is not null ? AccessKeys.From(kept) : AccessKeys.New();
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
        foreach (var (questionId, series) in template.Series ?? new Dictionary<string, string>())
            await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(template.SampleCode!, questionId)).LinkSeries(series);
        await AnswerAsync(template.SampleCode!, template.SampleAnswers ?? []);
        logger.LogInformation("Sample session {SessionCode} loaded: {Title}", template.SampleCode, template.Definition.Title);
    }

    /// <summary>Joins each sample participant to their group and records their answers, through the grains like any answer.</summary>
    private async Task AnswerAsync(string code, IReadOnlyList<SampleParticipant> participants)
    {
        foreach (var sample in participants)
        {
            var receipt = await grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(code, sample.Group))
                .Join(new ParticipantProfile(sample.Group, sample.Country, Attendance.Onsite));
            foreach (var (questionId, answer) in sample.Answers)
                await grains.GetGrain<IQuestionGrain>(GrainKeys.Question(code, questionId))
                    .Submit(new AnswerCommand(receipt.Participant.Id, sample.Group, $"sample-{questionId}", answer));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Participants;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConsensusLab.Grains;

public static class GrainServiceCollectionExtensions
{
    /// <summary>Registers the grain host and ConsensusLab's grains; storage and the tally feed come from the caller.</summary>
    public static IServiceCollection AddConsensusGrains(this IServiceCollection services, GrainHostOptions? options = null)
    {
        services.AddSingleton(options ?? new GrainHostOptions());
        services.AddSingleton(new GrainTypeMap()
            .Add<ISessionGrain, SessionGrain>()
            .Add<IQuestionGrain, QuestionGrain>()
            .Add<IStakeholderGroupGrain, StakeholderGroupGrain>());
        services.AddSingleton<GrainHost>();
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainHost>());
        services.AddSingleton<ParticipantDirectory>();
        services.TryAddSingleton(new LedgerFollowingOptions());
        return services;
    }
}

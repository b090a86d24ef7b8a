using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Storage;
using ConsensusLab.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;

namespace ConsensusLab.Grains;

public static class SiloBuilderExtensions
{
    /// <summary>
    /// Gives the silo ConsensusLab's grain storage over the <see cref="IGrainStateStore"/> the caller registered (with
    /// the ledger and participant store the grains also take), and turns store failures into
    /// <see cref="StoreUnavailableException"/>. The grains themselves are found by Orleans' code generation.
    /// </summary>
    public static ISiloBuilder AddConsensusGrains(this ISiloBuilder silo)
    {
        silo.Services.AddGrainStorage(StoreGrainStorage.Name, (services, _) => new StoreGrainStorage(services.GetRequiredService<IGrainStateStore>()));
        silo.AddIncomingGrainCallFilter<StoreFailureFilter>();
        silo.Services.TryAddSingleton(QuestionSettling.Default);
        return silo;
    }
}

namespace ConsensusLab.Grains.Hosting;

/// <summary>Which grain class implements which grain interface.</summary>
public sealed class GrainTypeMap
{
    private readonly Dictionary<Type, Type> _implementations = [];

    public GrainTypeMap Add<TGrainInterface, TGrain>()
        where TGrainInterface : IGrainWithStringKey
        where TGrain : Grain, TGrainInterface
    {
        _implementations[typeof(TGrainInterface)] = typeof(TGrain);
        return this;
    }

    internal Type ImplementationOf(Type grainInterface) =>
        _implementations.TryGetValue(grainInterface, out var type)
            ? type
            : throw new InvalidOperationException($"No grain class is registered for {grainInterface.Name}.");
}

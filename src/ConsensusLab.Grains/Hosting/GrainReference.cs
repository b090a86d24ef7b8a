using System.Reflection;

namespace ConsensusLab.Grains.Hosting;

/// <summary>
/// What <see cref="IGrainFactory.GetGrain{TGrainInterface}"/> returns: a proxy that turns each interface call into a
/// request to the grain's activation (Orleans generates these; we use <see cref="DispatchProxy"/>).
/// </summary>
#pragma warning disable CA1852 // DispatchProxy derives from this class at run time.
internal class GrainReference : DispatchProxy
#pragma warning restore CA1852
{
    private GrainHost? _host;
    private GrainId _id;

    public static TGrainInterface Create<TGrainInterface>(GrainHost host, GrainId id)
    {
        var proxy = Create<TGrainInterface, GrainReference>();
        var reference = (GrainReference)(object)proxy!;
        reference._host = host;
        reference._id = id;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        _host!.Dispatch(_id, targetMethod!, args);

    public override string ToString() => _id.ToString();
}

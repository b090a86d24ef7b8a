namespace ConsensusLab.Grains.Hosting;

/// <summary>A grain's identity: its interface and key.</summary>
internal readonly record struct GrainId(Type Interface, string Key)
{
    public override string ToString() => $"{Interface.Name}/{Key}";
}

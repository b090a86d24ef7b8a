namespace ConsensusLab.Grains.Hosting;

/// <summary>Hands out references to grains; the grain is activated on its first call (Orleans: IGrainFactory).</summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey;
}

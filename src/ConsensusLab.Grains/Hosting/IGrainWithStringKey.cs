namespace ConsensusLab.Grains.Hosting;

/// <summary>Marks a grain interface whose grains are identified by a string key (Orleans: IGrainWithStringKey).</summary>
public interface IGrainWithStringKey;

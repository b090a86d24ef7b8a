using Orleans;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>One opinion group.</summary>
/// <param name="Label">A label kept stable from one update to the next (0, 1, ...).</param>
/// <param name="Members">Participants clustered into the group.</param>
/// <param name="CentroidX">Mean X of its members.</param>
/// <param name="CentroidY">Mean Y of its members.</param>
/// <param name="Silhouette">Mean silhouette width of its members; null for a group of one.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.OpinionGroup")]
public sealed record OpinionGroup(int Label, int Members, double CentroidX, double CentroidY, double? Silhouette);

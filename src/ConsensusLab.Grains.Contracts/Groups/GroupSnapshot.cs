using Orleans;

namespace ConsensusLab.Grains.Groups;

/// <summary>A stakeholder group of a session as it is now.</summary>
/// <param name="Code">Group code.</param>
/// <param name="Weight">Relative weight under the custom scheme (1 unless the moderator changed it).</param>
/// <param name="Members">Participants who joined in this group and have not withdrawn.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.GroupSnapshot")]
public sealed record GroupSnapshot(string Code, double Weight, int Members);

using Orleans;

namespace ConsensusLab.Grains.Groups;

/// <summary>A group grain's persisted state; membership is counted from the participant store on activation.</summary>
[GenerateSerializer, Alias("consensuslab.StakeholderGroupState")]
internal sealed record StakeholderGroupState
{
    [Id(0)] public int SchemaVersion { get; init; } = 1;
    [Id(1)] public double Weight { get; init; } = 1.0;
}

namespace ConsensusLab.Grains.Groups;

/// <summary>A group grain's persisted state; membership is counted from the participant store on activation.</summary>
public sealed record StakeholderGroupState
{
    public int SchemaVersion { get; init; } = 1;
    public double Weight { get; init; } = 1.0;
}

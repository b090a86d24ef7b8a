namespace ConsensusLab.Grains.Tests.Hosting.TestGrains;

/// <summary>The stateful test grain's persisted state.</summary>
public sealed record CounterState
{
    /// <summary>The state name, which the store uses as its grain type.</summary>
    public const string Name = "test-counter";

    public int SchemaVersion { get; init; } = 1;
    public int Value { get; init; }
}

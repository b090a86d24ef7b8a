namespace ConsensusLab.Storage;

/// <summary>One grain's persisted state: its JSON payload and the version that the next write must name.</summary>
public sealed record StoredState(string Key, string Payload, long Version);

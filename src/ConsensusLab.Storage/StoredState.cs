namespace ConsensusLab.Storage;

/// <summary>One grain's persisted state: its JSON payload and the version that the next write must name.</summary>
/// <param name="GrainId">The grain's full id, "type/key".</param>
/// <param name="Payload">The state as JSON.</param>
/// <param name="Version">The stored version.</param>
public sealed record StoredState(string GrainId, string Payload, long Version);

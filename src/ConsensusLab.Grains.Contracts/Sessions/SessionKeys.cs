using Orleans;

namespace ConsensusLab.Grains.Sessions;

/// <summary>
/// The SHA-256 hashes (base64) of a session's access keys: the moderator key controls the session, the view key only
/// shows its meters (a projector). The keys themselves are shown once, when made, and never stored.
/// </summary>
[GenerateSerializer, Immutable, Alias("consensuslab.SessionKeys")]
public sealed record SessionKeys(string ModeratorKeyHash, string ViewKeyHash);

using Orleans;

namespace ConsensusLab.Grains.Sessions;

/// <summary>
/// An invite code the moderator issued for a stakeholder group (or a delegation of it): whoever joins with it is in
/// that group, verified rather than self-declared. Only the code's hash is stored. It admits <paramref name="Uses"/>
/// participants (one unless the moderator said more); <paramref name="Used"/> counts them, durably.
/// </summary>
[GenerateSerializer, Immutable, Alias("consensuslab.InviteCode")]
public sealed record InviteCode(string CodeHash, string Group, DateTimeOffset IssuedAt, int Uses = 1, int Used = 0);

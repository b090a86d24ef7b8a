using System.Collections.Immutable;

namespace ConsensusLab.Server.Api;

/// <summary>New invite codes for a group: shown this once, stored only as hashes; each admits <paramref name="Uses"/> joins.</summary>
public sealed record IssuedInvites(string Group, ImmutableArray<string> Codes, int Uses);

namespace ConsensusLab.Server.Api;

public sealed record InviteRequest(string? Group, int? Count, int? Uses);

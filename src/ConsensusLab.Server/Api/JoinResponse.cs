namespace ConsensusLab.Server.Api;

/// <summary>The new participant's pseudonym and the token that every answer must carry; the server keeps no copy.</summary>
public sealed record JoinResponse(string SessionCode, string ParticipantId, string Group, string Token);

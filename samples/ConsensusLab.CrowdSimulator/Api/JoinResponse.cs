namespace ConsensusLab.CrowdSimulator.Api;

/// <summary>The joined participant's pseudonym and the token that authorises their answers.</summary>
internal sealed record JoinResponse(string ParticipantId, string Token);

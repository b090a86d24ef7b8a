using ConsensusLab.Domain.Participants;

namespace ConsensusLab.Grains.Groups;

/// <summary>A participant who joined, with the token they must present with every answer (never stored).</summary>
public sealed record JoinReceipt(Participant Participant, string Token);

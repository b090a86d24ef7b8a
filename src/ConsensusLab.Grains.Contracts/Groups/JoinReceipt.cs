using ConsensusLab.Domain.Participants;
using Orleans;

namespace ConsensusLab.Grains.Groups;

/// <summary>A participant who joined, with the token they must present with every answer (never stored).</summary>
[GenerateSerializer, Immutable, Alias("consensuslab.JoinReceipt")]
public sealed record JoinReceipt(Participant Participant, string Token);

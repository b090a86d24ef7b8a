using Orleans;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>A participant on the opinion map.</summary>
/// <param name="ParticipantId">The participant.</param>
/// <param name="X">Projection on the first principal component.</param>
/// <param name="Y">Projection on the second principal component.</param>
/// <param name="GroupLabel">The opinion group; null when the participant voted on too few statements to be clustered.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.ParticipantPoint")]
public sealed record ParticipantPoint(string ParticipantId, double X, double Y, int? GroupLabel);

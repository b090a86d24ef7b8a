using ConsensusLab.Domain.Questions;
using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>A participant's answer that counts now.</summary>
[GenerateSerializer, Immutable, Alias("consensuslab.CurrentAnswer")]
public sealed record CurrentAnswer(AnswerValue Answer, long Sequence, DateTimeOffset RecordedAt);

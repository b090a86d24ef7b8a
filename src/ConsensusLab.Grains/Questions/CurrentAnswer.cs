using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Grains.Questions;

/// <summary>A participant's answer that counts now.</summary>
public sealed record CurrentAnswer(AnswerValue Answer, long Sequence, DateTimeOffset RecordedAt);

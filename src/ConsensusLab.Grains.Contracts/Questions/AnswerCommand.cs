using ConsensusLab.Domain.Questions;
using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>A participant's answer to a question.</summary>
/// <param name="ParticipantId">Per-session pseudonym.</param>
/// <param name="Group">The participant's stakeholder group.</param>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="Answer">The answer.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.AnswerCommand")]
public sealed record AnswerCommand(string ParticipantId, string Group, string? RequestId, AnswerValue Answer);

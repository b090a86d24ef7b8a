using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Server.Api;

/// <summary>A participant's current answer to a question.</summary>
/// <param name="Round">The round the answer counts in.</param>
public sealed record AnswerView(string QuestionId, AnswerValue Answer, long Sequence, DateTimeOffset RecordedAt, int Round);

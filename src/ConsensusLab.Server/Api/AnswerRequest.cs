using ConsensusLab.Server.Answers;

namespace ConsensusLab.Server.Api;

/// <summary>An answer: exactly one of choice, choices, ranking or position, with the client's request id.</summary>
public sealed record AnswerRequest(string? RequestId, int? Choice, int[]? Choices, int[]? Ranking, double? Position)
{
    internal AnswerPost ToPost(string code, string questionId) => new(code, questionId, IsVote: false, RequestId, new(Choice, Choices, Ranking, Position));
}

using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Server.Answers;

/// <summary>An answer or a vote as posted: the session and question it is for, the client's request id and the value.</summary>
internal sealed record AnswerPost(string Code, string QuestionId, bool IsVote, string? RequestId, AnswerValue Value);

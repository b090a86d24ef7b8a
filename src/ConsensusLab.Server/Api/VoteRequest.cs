using ConsensusLab.Server.Answers;

namespace ConsensusLab.Server.Api;

/// <summary>A vote on one statement: +1 agree, −1 disagree, 0 pass, with the client's request id.</summary>
public sealed record VoteRequest(string? RequestId, int? Statement, int? Vote)
{
    internal AnswerPost ToPost(string code, string questionId) => new(code, questionId, IsVote: true, RequestId, new(Statement: Statement, Vote: Vote));
}

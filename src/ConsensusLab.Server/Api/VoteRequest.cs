using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Server.Api;

/// <summary>A vote on one statement: +1 agree, −1 disagree, 0 pass, with the client's request id.</summary>
public sealed record VoteRequest(string? RequestId, int? Statement, int? Vote)
{
    public AnswerValue ToValue() => new(Statement: Statement, Vote: Vote);
}

namespace ConsensusLab.Server.Api;

/// <summary>The statement to vote on next; null when the participant has been served every statement open to votes.</summary>
/// <param name="Voted">Statements the participant has voted on.</param>
/// <param name="Remaining">Statements open to votes the participant has not been served yet (after this one).</param>
public sealed record NextStatementView(string QuestionId, StatementView? Statement, int Voted, int Remaining);

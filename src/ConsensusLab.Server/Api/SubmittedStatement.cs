namespace ConsensusLab.Server.Api;

/// <summary>A participant's statement as stored.</summary>
/// <param name="Retried">The request repeated an earlier one: this is the statement stored the first time.</param>
public sealed record SubmittedStatement(string QuestionId, StatementView Statement, bool Retried);

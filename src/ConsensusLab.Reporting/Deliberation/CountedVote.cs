namespace ConsensusLab.Reporting;

/// <summary>A participant's current vote on a statement in one round, as the question grain counts it.</summary>
/// <param name="Vote">+1 agree, −1 disagree, 0 pass.</param>
public sealed record CountedVote(string QuestionId, int Round, long Sequence, string ParticipantId, string Group, int StatementId, int Vote);

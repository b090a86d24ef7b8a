namespace ConsensusLab.Server.Api;

/// <summary>One current vote: +1 agree, −1 disagree, 0 pass.</summary>
public sealed record MyVote(StatementView Statement, int Vote, long Sequence, DateTimeOffset RecordedAt);

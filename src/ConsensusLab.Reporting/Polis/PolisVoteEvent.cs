namespace ConsensusLab.Reporting.Polis;

/// <summary>One row of a Polis export's votes.csv; a later event of the same voter on the same comment replaces it.</summary>
/// <param name="At">When the vote was cast.</param>
/// <param name="CommentId">The comment voted on.</param>
/// <param name="VoterId">Polis' participant id.</param>
/// <param name="Vote">1 agree, −1 disagree, 0 pass.</param>
public sealed record PolisVoteEvent(DateTimeOffset At, int CommentId, string VoterId, int Vote);

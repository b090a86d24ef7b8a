using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Reporting.Polis;

/// <summary>A conversation in Polis' open-data export format: its comments and every vote event.</summary>
/// <param name="Comments">The comments, in file order.</param>
/// <param name="Votes">The vote events, in file order.</param>
public sealed record PolisConversation(IReadOnlyList<PolisComment> Comments, IReadOnlyList<PolisVoteEvent> Votes)
{
    /// <summary>
    /// The latest vote of each voter on each comment, in the order of time (file order among equal times, so a
    /// later row replaces an earlier one as Polis' export says).
    /// </summary>
    public IReadOnlyList<StatementVote> LatestVotes()
    {
        var latest = new Dictionary<(string Voter, int Comment), (int Order, PolisVoteEvent Vote)>();
        var order = 0;
        foreach (var vote in Votes.OrderBy(v => v.At))
        {
            latest[(vote.VoterId, vote.CommentId)] = (order++, vote);
        }

        return [.. latest.Values.OrderBy(v => v.Order).Select(v => new StatementVote(v.Vote.VoterId, v.Vote.CommentId, v.Vote.Vote))];
    }
}

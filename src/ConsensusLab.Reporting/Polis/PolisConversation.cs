using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Reporting.Polis;

/// <summary>A conversation in Polis' open-data export format: its comments and every vote event.</summary>
/// <param name="Comments">The comments, in file order.</param>
/// <param name="Votes">The vote events, in file order.</param>
public sealed record PolisConversation(IReadOnlyList<PolisComment> Comments, IReadOnlyList<PolisVoteEvent> Votes)
{
    /// <summary>The latest vote of each voter on each comment (ordered by time, file order breaking ties).</summary>
    public IReadOnlyList<StatementVote> LatestVotes() => throw new NotImplementedException();
}

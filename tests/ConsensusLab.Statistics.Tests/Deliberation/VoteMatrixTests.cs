using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Statistics.Tests.Deliberation;

public sealed class VoteMatrixTests
{
    [Fact]
    public void The_later_of_two_votes_on_a_statement_counts()
    {
        var matrix = VoteMatrix.From(
        [
            new StatementVote("b", 9, Votes.Agree),
            new StatementVote("a", 3, Votes.Pass),
            new StatementVote("b", 9, Votes.Disagree),
            new StatementVote("b", 3, Votes.Agree),
        ]);

        Assert.Equal(["a", "b"], matrix.ParticipantIds.ToArray());
        Assert.Equal([3, 9], matrix.StatementIds.ToArray());
        Assert.Equal(3, matrix.VoteCount);
        Assert.Equal([0, 1, 3], matrix.RowStarts);
        Assert.Equal([0, 0, 1], matrix.Columns);
        Assert.Equal(new sbyte[] { 0, 1, -1 }, matrix.Values);
    }

    [Fact]
    public void A_vote_other_than_agree_disagree_or_pass_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VoteMatrix.From([new StatementVote("a", 1, 2)]));
}

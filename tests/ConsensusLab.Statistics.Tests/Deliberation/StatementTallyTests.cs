using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Statistics.Tests.Deliberation;

public sealed class StatementTallyTests
{
    [Fact]
    public void A_changed_vote_moves_from_one_count_to_the_other()
    {
        var tally = new StatementTally();
        tally.Apply(7, "GOV", null, Votes.Agree);
        tally.Apply(7, "GOV", null, Votes.Agree);
        tally.Apply(7, "CS", null, Votes.Pass);

        tally.Apply(7, "GOV", Votes.Agree, Votes.Disagree);

        Assert.Equal(new StatementCounts(1, 1, 0), tally.CountsOf(7, "GOV"));
        Assert.Equal(new StatementCounts(0, 0, 1), tally.CountsOf(7, "CS"));
        Assert.Equal(StatementCounts.None, tally.CountsOf(8, "GOV"));
    }

    [Fact]
    public void Repeating_the_same_vote_counts_it_once()
    {
        var tally = new StatementTally();
        tally.Apply(1, "GOV", null, Votes.Agree);
        tally.Apply(1, "GOV", Votes.Agree, Votes.Agree);

        Assert.Equal(new StatementCounts(1, 0, 0), tally.CountsOf(1, "GOV"));
    }

    [Fact]
    public void A_withdrawn_vote_is_uncounted()
    {
        var tally = new StatementTally();
        tally.Apply(1, "GOV", null, Votes.Disagree);
        tally.Apply(1, "GOV", Votes.Disagree, null);

        Assert.Equal(StatementCounts.None, tally.CountsOf(1, "GOV"));
    }

    [Fact]
    public void Removing_a_vote_never_counted_changes_nothing()
    {
        var tally = new StatementTally();
        tally.Apply(1, "GOV", null, Votes.Agree);

        Assert.Throws<InvalidOperationException>(() => tally.Apply(1, "GOV", Votes.Disagree, Votes.Agree));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Apply(1, "GOV", null, 2));
        Assert.Equal(new StatementCounts(1, 0, 0), tally.CountsOf(1, "GOV"));
    }

    [Fact]
    public void Snapshot_is_a_copy_by_statement_and_group()
    {
        var tally = new StatementTally();
        tally.Apply(1, "GOV", null, Votes.Agree);
        tally.Apply(2, "IGO", null, Votes.Pass);

        var snapshot = tally.Snapshot();
        tally.Apply(1, "GOV", null, Votes.Agree);

        Assert.Equal(new StatementCounts(1, 0, 0), snapshot[1]["GOV"]);
        Assert.Equal(new StatementCounts(0, 0, 1), snapshot[2]["IGO"]);
        Assert.Equal(2, snapshot.Count);
    }
}

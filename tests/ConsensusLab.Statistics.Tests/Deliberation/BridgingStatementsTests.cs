using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Statistics.Tests.Deliberation;

public sealed class BridgingStatementsTests
{
    private static readonly Dictionary<string, string> Declared = new()
    {
        ["g1"] = "GOV", ["g2"] = "GOV", ["c1"] = "CS", ["c2"] = "CS", ["c3"] = "CS", ["c4"] = "CS",
    };

    // Statement 1: every GOV and 3 of 4 CS agree. Statement 2: both GOV agree, every CS disagrees.
    // Statement 3: only CS voted (all agree).
    private static readonly VoteMatrix Votes = VoteMatrix.From(
    [
        new("g1", 1, 1), new("g2", 1, 1), new("c1", 1, 1), new("c2", 1, 1), new("c3", 1, 1), new("c4", 1, -1),
        new("g1", 2, 1), new("g2", 2, 1), new("c1", 2, -1), new("c2", 2, -1), new("c3", 2, -1), new("c4", 2, -1),
        new("c1", 3, 1), new("c2", 3, 1), new("c3", 3, 1), new("c4", 3, 1),
    ]);

    [Fact]
    public void Equal_footing_ranks_by_the_geometric_mean_over_declared_groups()
    {
        var ranked = BridgingStatements.Rank(Votes, Declared, Weighting.EqualFooting);

        // Statement 1: √((2+1)/(2+2) × (3+1)/(4+2)) = √(3/4 × 2/3) = √½; minimum share ¾ (CS).
        // Statement 3: GOV never saw it, ½; CS 5/6: √(5/12), and no minimum share.
        // Statement 2: √(3/4 × 1/6) = √(1/8); minimum share 0 (CS).
        Assert.Equal([1, 3, 2], ranked.Select(b => b.StatementId));
        Assert.Equal(Math.Sqrt(0.5), ranked[0].GroupInformedConsensus, 12);
        Assert.Equal(0.75, ranked[0].MinimumAgreeShare);
        Assert.Equal("CS", ranked[0].WeakestGroup);
        Assert.Equal(Math.Sqrt(5.0 / 12), ranked[1].GroupInformedConsensus, 12);
        Assert.Null(ranked[1].MinimumAgreeShare);
        Assert.Null(ranked[1].WeakestGroup);
        Assert.Equal(0.0, ranked[2].MinimumAgreeShare);
        Assert.Equal(new StatementCounts(0, 4, 0), ranked[2].Groups["CS"]);
    }

    [Fact]
    public void Headcount_weighs_groups_by_their_voters()
    {
        var ranked = BridgingStatements.Rank(Votes, Declared, Weighting.Headcount);

        // GOV 2 of 6 voters, CS 4 of 6: statement 1 = (3/4)^(1/3) × (2/3)^(2/3) = 0.6934, now behind statement 3,
        // which CS's weight lifts to (1/2)^(1/3) × (5/6)^(2/3) = 0.7029.
        Assert.Equal([3, 1, 2], ranked.Select(b => b.StatementId));
        Assert.Equal(Math.Pow(0.75, 1.0 / 3) * Math.Pow(2.0 / 3, 2.0 / 3), ranked[1].GroupInformedConsensus, 12);
        Assert.Equal(Math.Pow(0.5, 1.0 / 3) * Math.Pow(5.0 / 6, 2.0 / 3), ranked[0].GroupInformedConsensus, 12);
    }

    [Fact]
    public void Without_declared_participants_nothing_is_ranked() =>
        Assert.Empty(BridgingStatements.Rank(Votes, new Dictionary<string, string>(), Weighting.EqualFooting));

    [Fact]
    public void Cross_tab_counts_clustered_participants_per_opinion_and_stakeholder_group()
    {
        var groups = OpinionGroupResult.NotComputable with
        {
            Participants =
            [
                new ParticipantPoint("g1", 0, 0, 0), new ParticipantPoint("c1", 0, 0, 0), new ParticipantPoint("c2", 0, 0, 1),
                new ParticipantPoint("c3", 0, 0, 1), new ParticipantPoint("c4", 0, 0, null), new ParticipantPoint("x", 0, 0, 1),
            ],
        };

        var table = BridgingStatements.CrossTab(groups, Declared);

        Assert.Equal(
            [new OpinionGroupCrossTab(0, "CS", 1, 1.0 / 3), new OpinionGroupCrossTab(0, "GOV", 1, 1.0), new OpinionGroupCrossTab(1, "CS", 2, 2.0 / 3)],
            table.ToArray());
    }
}

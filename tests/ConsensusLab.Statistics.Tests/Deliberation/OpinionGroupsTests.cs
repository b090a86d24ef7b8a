using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Statistics.Tests.Deliberation;

public sealed class OpinionGroupsTests
{
    [Theory]
    [InlineData(new[] { 20, 20 }, 1)]
    [InlineData(new[] { 25, 15, 20 }, 2)]
    [InlineData(new[] { 40, 12, 30 }, 3)]
    // More than 100 distinct points: the groups are found on 100 base clusters.
    [InlineData(new[] { 120, 100, 80 }, 4)]
    public void Planted_groups_are_recovered_exactly(int[] sizes, int seed)
    {
        var (votes, planted) = PlantedVotes.Room(sizes, statements: 30, coverage: 0.8, noise: 0.1, seed);

        var result = OpinionGroups.Compute(VoteMatrix.From(votes), OpinionGroupOptions.Default, previous: null);

        Assert.Equal(sizes.Length, result.GroupCount);
        var points = result.Participants.OrderBy(p => p.ParticipantId, StringComparer.Ordinal).ToList();
        Assert.All(points, p => Assert.NotNull(p.GroupLabel));
        Assert.Equal(1.0, AdjustedRand.Index([.. points.Select(p => p.GroupLabel!.Value)], [.. points.Select(p => planted[p.ParticipantId])]));
        Assert.InRange(result.Silhouette!.Value, 0.5, 1.0);
    }

    [Fact]
    public void Labels_follow_the_previous_result_and_first_go_by_size()
    {
        var (votes, _) = PlantedVotes.Room([25, 15, 20], statements: 30, coverage: 0.8, noise: 0.1, seed: 2);
        var matrix = VoteMatrix.From(votes);
        var first = OpinionGroups.Compute(matrix, OpinionGroupOptions.Default, previous: null);
        Assert.Equal([25, 20, 15], first.Groups.Select(g => g.Members));

        // The same groups carried other labels last time: they keep those.
        var relabel = new Dictionary<int, int> { [0] = 2, [1] = 0, [2] = 1 };
        var previous = first with
        {
            Participants = [.. first.Participants.Select(p => p with { GroupLabel = relabel[p.GroupLabel!.Value] })],
        };
        var second = OpinionGroups.Compute(matrix, OpinionGroupOptions.Default, previous);

        var before = first.Participants.ToDictionary(p => p.ParticipantId, p => relabel[p.GroupLabel!.Value]);
        Assert.All(second.Participants, p => Assert.Equal(before[p.ParticipantId], p.GroupLabel));
        Assert.Equal([20, 15, 25], second.Groups.Select(g => g.Members));
    }

    [Fact]
    public void Nobody_with_enough_votes_is_not_computable()
    {
        // Ten statements, but everyone voted on six of them only.
        var votes = Enumerable.Range(0, 50).SelectMany(p => Enumerable.Range(p % 5, 6).Select(s => new StatementVote($"p{p}", s, (p + s) % 3 - 1)));

        var result = OpinionGroups.Compute(VoteMatrix.From(votes), new OpinionGroupOptions(MinVotesPerParticipant: 7), null);

        AssertNotComputable(result);
    }

    [Fact]
    public void One_statement_is_not_computable()
    {
        var votes = Enumerable.Range(0, 30).Select(p => new StatementVote($"p{p}", 1, p % 2 == 0 ? 1 : -1));

        AssertNotComputable(OpinionGroups.Compute(VoteMatrix.From(votes), OpinionGroupOptions.Default, null));
    }

    [Fact]
    public void Identical_votes_are_not_computable()
    {
        var votes = Enumerable.Range(0, 30).SelectMany(p => Enumerable.Range(0, 10).Select(s => new StatementVote($"p{p}", s, 1)));

        AssertNotComputable(OpinionGroups.Compute(VoteMatrix.From(votes), OpinionGroupOptions.Default, null));
    }

    [Fact]
    public void No_votes_at_all_are_not_computable() =>
        AssertNotComputable(OpinionGroups.Compute(VoteMatrix.From([]), OpinionGroupOptions.Default, null));

    [Fact]
    public void Two_opposite_camps_give_two_groups_with_perfect_silhouette()
    {
        // Everyone votes on every statement; camps are exact opposites, so each camp sits on one point of the map.
        var votes = Enumerable.Range(0, 10).SelectMany(p => Enumerable.Range(0, 8)
            .Select(s => new StatementVote($"p{p}", s, (p < 5) == (s % 2 == 0) ? 1 : -1)));

        var result = OpinionGroups.Compute(VoteMatrix.From(votes), OpinionGroupOptions.Default, null);

        Assert.Equal(2, result.GroupCount);
        Assert.Equal(1.0, result.Silhouette!.Value, 12);
        Assert.Equal([5, 5], result.Groups.Select(g => g.Members));
        Assert.All(result.Participants, p => Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y)));
    }

    [Fact]
    public void Participants_with_too_few_votes_are_placed_but_not_clustered()
    {
        var (votes, _) = PlantedVotes.Room([20, 20], statements: 30, coverage: 0.8, noise: 0.1, seed: 1);
        votes.Add(new StatementVote("late", 100, 1));
        votes.Add(new StatementVote("late", 101, -1));

        var result = OpinionGroups.Compute(VoteMatrix.From(votes), OpinionGroupOptions.Default, null);

        var late = Assert.Single(result.Participants, p => p.ParticipantId == "late");
        Assert.Null(late.GroupLabel);
        Assert.Equal(40, result.Groups.Sum(g => g.Members));
    }

    [Fact]
    public void Three_participants_on_two_statements_give_finite_figures()
    {
        var votes = new[] { new StatementVote("a", 1, 1), new StatementVote("a", 2, 1), new StatementVote("b", 1, -1),
            new StatementVote("b", 2, 0), new StatementVote("c", 1, 0), new StatementVote("c", 2, -1) };

        var result = OpinionGroups.Compute(VoteMatrix.From(votes), OpinionGroupOptions.Default, null);

        Assert.Equal(2, result.GroupCount);
        Assert.True(double.IsFinite(result.Silhouette!.Value));
        Assert.All(result.Participants, p => Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y)));
        Assert.All(result.Groups, g => Assert.True(double.IsFinite(g.CentroidX) && double.IsFinite(g.CentroidY)));
        Assert.All(result.Representative, r => Assert.True(double.IsFinite(r.DifferenceZ) && double.IsFinite(r.ShareZ)));
    }

    [Fact]
    public void Votes_without_structure_give_finite_non_empty_groups()
    {
        // Pure noise over more than 100 participants: no group is real, but whatever is found must be well formed.
        var (votes, _) = PlantedVotes.Room([150], statements: 40, coverage: 0.5, noise: 1.0, seed: 9);

        var result = OpinionGroups.Compute(VoteMatrix.From(votes), OpinionGroupOptions.Default, null);

        Assert.InRange(result.GroupCount, 2, 5);
        Assert.All(result.Groups, g => Assert.True(g.Members > 0 && double.IsFinite(g.CentroidX) && double.IsFinite(g.CentroidY)));
        Assert.Equal(150, result.Groups.Sum(g => g.Members));
        Assert.All(result.Participants, p => Assert.InRange(p.GroupLabel!.Value, 0, result.GroupCount - 1));
        Assert.All(result.Consensus, c => Assert.True(c.Agree is > 0 and < 1));
    }

    private static void AssertNotComputable(OpinionGroupResult result)
    {
        Assert.False(result.IsComputable);
        Assert.Equal(0, result.GroupCount);
        Assert.Null(result.Silhouette);
        Assert.Empty(result.Groups);
        Assert.Empty(result.Participants);
        Assert.Empty(result.Representative);
        Assert.Empty(result.Consensus);
    }
}

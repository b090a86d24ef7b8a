namespace ConsensusLab.Statistics.Tests.Tallies;

public sealed class QuestionTallyTests
{
    private static readonly string[] Groups = ["GOV", "IGO", "PS", "CS", "TC", "ACA"];

    public static TheoryData<ScaleKind, int> Scales => new()
    {
        { ScaleKind.Ordinal, 7 },
        { ScaleKind.Nominal, 4 },
        { ScaleKind.MultipleChoice, 5 },
        { ScaleKind.Position, 0 },
        { ScaleKind.Ranking, 5 },
    };

    [Theory]
    [MemberData(nameof(Scales))]
    public void Merging_two_tallies_equals_tallying_the_union_of_their_answers(ScaleKind kind, int options)
    {
        var scale = new Scale(kind, options);
        var random = new Random(20_05);
        var answers = Enumerable.Range(0, 400).Select(_ => RandomAnswer(random, scale)).ToList();
        var a = new QuestionTally(scale, Groups);
        var b = new QuestionTally(scale, Groups);
        var union = new QuestionTally(scale, Groups);
        for (var i = 0; i < answers.Count; i++)
        {
            var (group, cells) = answers[i];
            (i % 3 == 0 ? a : b).Add(group, cells);
            union.Add(group, cells);
        }

        a.Merge(b);

        AssertSameCounts(union.Snapshot(0), a.Snapshot(0));
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Adding_then_removing_answers_restores_the_tally_exactly(ScaleKind kind, int options)
    {
        var scale = new Scale(kind, options);
        var random = new Random(2013);
        var tally = new QuestionTally(scale, Groups);
        foreach (var (group, cells) in Enumerable.Range(0, 200).Select(_ => RandomAnswer(random, scale)))
        {
            tally.Add(group, cells);
        }

        var before = tally.Snapshot(0);
        var extra = Enumerable.Range(0, 300).Select(_ => RandomAnswer(random, scale)).ToList();
        extra.ForEach(answer => tally.Add(answer.Group, answer.Cells));
        Enumerable.Reverse(extra).ToList().ForEach(answer => tally.Remove(answer.Group, answer.Cells));

        AssertSameCounts(before, tally.Snapshot(0));
    }

    [Fact]
    public void Snapshot_is_not_changed_by_later_answers()
    {
        var tally = new QuestionTally(new Scale(ScaleKind.Ordinal, 5), Groups);
        tally.Add(0, [4]);
        var snapshot = tally.Snapshot(7);
        tally.Add(0, [4]);

        Assert.Equal(7, snapshot.Version);
        Assert.Equal(1, snapshot.Groups[0].Respondents);
        Assert.Equal(1, snapshot.Groups[0].Cells[4]);
    }

    [Fact]
    public void Removing_an_answer_never_counted_throws_and_leaves_the_tally_unchanged()
    {
        var tally = new QuestionTally(new Scale(ScaleKind.MultipleChoice, 4), Groups);
        tally.Add(1, [0, 2]);

        Assert.Throws<InvalidOperationException>(() => tally.Remove(1, [0, 3]));

        var group = tally.Snapshot(0).Groups[1];
        Assert.Equal(1, group.Respondents);
        Assert.Equal([1L, 0, 1, 0], group.Cells.ToArray());
    }

    [Theory]
    [InlineData(ScaleKind.Ordinal, 5, new[] { 5 })]
    [InlineData(ScaleKind.Ordinal, 5, new[] { 1, 2 })]
    [InlineData(ScaleKind.Nominal, 3, new int[0])]
    [InlineData(ScaleKind.MultipleChoice, 4, new[] { 1, 1 })]
    [InlineData(ScaleKind.MultipleChoice, 4, new[] { 4 })]
    [InlineData(ScaleKind.Ranking, 3, new[] { 0, 4 })]
    [InlineData(ScaleKind.Ranking, 3, new[] { 0, 3, 7 })]
    [InlineData(ScaleKind.Ranking, 3, new[] { 0, 4, 7 })]
    public void Answer_that_does_not_fit_the_scale_is_rejected(ScaleKind kind, int options, int[] cells)
    {
        var tally = new QuestionTally(new Scale(kind, options), Groups);
        Assert.Throws<ArgumentException>(() => tally.Add(0, cells));
    }

    [Fact]
    public void Answer_from_an_unknown_group_is_rejected()
    {
        var tally = new QuestionTally(new Scale(ScaleKind.Ordinal, 5), Groups);
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(Groups.Length, [0]));
    }

    [Fact]
    public void Tallies_of_different_scales_do_not_merge()
    {
        var a = new QuestionTally(new Scale(ScaleKind.Ordinal, 5), Groups);
        var b = new QuestionTally(new Scale(ScaleKind.Ordinal, 7), Groups);
        Assert.Throws<ArgumentException>(() => a.Merge(b));
    }

    [Fact]
    public void Ticking_no_option_counts_a_respondent_without_cells()
    {
        var tally = new QuestionTally(new Scale(ScaleKind.MultipleChoice, 3), Groups);
        tally.Add(2, []);

        var group = tally.Snapshot(0).Groups[2];
        Assert.Equal(1, group.Respondents);
        Assert.All(group.Cells, count => Assert.Equal(0, count));
    }

    internal static (int Group, int[] Cells) RandomAnswer(Random random, Scale scale)
    {
        var group = random.Next(Groups.Length);
        var options = scale.Options;
        int[] cells = scale.Kind switch
        {
            ScaleKind.MultipleChoice => Enumerable.Range(0, options).Where(_ => random.Next(2) == 0).ToArray(),
            ScaleKind.Ranking => Enumerable.Range(0, options).OrderBy(_ => random.Next())
                .Select((item, position) => (item * options) + position).ToArray(),
            _ => [random.Next(scale.CellCount)],
        };
        return (group, cells);
    }

    private static void AssertSameCounts(TallySnapshot expected, TallySnapshot actual)
    {
        Assert.Equal(expected.Groups.Length, actual.Groups.Length);
        for (var g = 0; g < expected.Groups.Length; g++)
        {
            Assert.Equal(expected.Groups[g].Group, actual.Groups[g].Group);
            Assert.Equal(expected.Groups[g].Respondents, actual.Groups[g].Respondents);
            Assert.Equal(expected.Groups[g].Cells.ToArray(), actual.Groups[g].Cells.ToArray());
        }
    }
}

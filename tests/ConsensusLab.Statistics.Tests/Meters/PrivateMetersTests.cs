namespace ConsensusLab.Statistics.Tests.Meters;

public sealed class PrivateMetersTests
{
    private static readonly string[] Groups = ["GOV", "CS", "TC"];

    private static TallySnapshot Tally()
    {
        // GOV: 6 agree; CS: 5 disagree; TC: 2 respondents (below a threshold of 5), both disagree.
        var tally = new QuestionTally(new Scale(ScaleKind.Ordinal, 5), Groups);
        for (var i = 0; i < 6; i++) tally.Add(0, [4]);
        for (var i = 0; i < 5; i++) tally.Add(1, [0]);
        for (var i = 0; i < 2; i++) tally.Add(2, [1]);
        return tally.Snapshot(1);
    }

    [Fact]
    public void Group_below_the_threshold_is_withheld()
    {
        var meters = PrivateMeters.Compute(Tally(), Weighting.Headcount, threshold: 5);
        var tc = meters.Groups.Single(g => g.Group == "TC");
        Assert.True(tc.Suppressed);
        Assert.Equal(0, tc.Respondents);
        Assert.Null(tc.Agree);
        Assert.Empty(tc.Distribution);
        Assert.False(meters.Groups.Single(g => g.Group == "CS").Suppressed);
    }

    [Fact]
    public void Overall_figures_keep_every_respondent()
    {
        var meters = PrivateMeters.Compute(Tally(), Weighting.Headcount, threshold: 5);
        Assert.Equal(13, meters.Overall.Respondents);
        Assert.Equal(6.0 / 13, meters.Overall.Agree!.Estimate!.Value, 12);
    }

    [Fact]
    public void Between_group_figures_leave_the_withheld_group_out()
    {
        var meters = PrivateMeters.Compute(Tally(), Weighting.Headcount, threshold: 5);
        // Only GOV (all agree) and CS (none agree) remain: Polis (6+1)/(6+2) · (0+1)/(5+2) = 7/8 · 1/7 = 1/8.
        Assert.Equal(2, meters.CrossGroup.GroupsCompared);
        Assert.Equal(0.125, meters.CrossGroup.GroupInformedConsensus!.Value, 12);
    }

    [Fact]
    public void Groups_present_counts_every_group_that_answered_and_says_how_many_are_withheld()
    {
        var cross = PrivateMeters.Compute(Tally(), Weighting.Headcount, threshold: 5).CrossGroup;

        Assert.Equal(3, cross.GroupsPresent);
        Assert.Equal(1, cross.GroupsSuppressed);
        Assert.Equal(2, cross.GroupsCompared);
    }

    [Fact]
    public void Without_small_groups_the_meters_are_unchanged()
    {
        var tally = Tally();
        // Records holding ImmutableArrays compare those by reference, so compare the serialised meters.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(MeterCalculator.Compute(tally, Weighting.EqualFooting)),
            System.Text.Json.JsonSerializer.Serialize(PrivateMeters.Compute(tally, Weighting.EqualFooting, threshold: 2)));
        Assert.All(PrivateMeters.Compute(tally, Weighting.EqualFooting, threshold: 2).Groups, g => Assert.False(g.Suppressed));
    }
}

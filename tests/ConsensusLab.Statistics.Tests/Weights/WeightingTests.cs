namespace ConsensusLab.Statistics.Tests.Weights;

public sealed class WeightingTests
{
    // GOV 4, PS 2, CS 4 respondents: N = 10, G' = 3.
    private static readonly TallySnapshot Example = TallyFactory.ThreeGroupLikert();

    [Fact]
    public void Headcount_gives_every_respondent_weight_one() =>
        Assert.Equal([1.0, 1.0, 1.0], Weighting.Headcount.RespondentWeights(Example));

    [Fact]
    public void Equal_footing_shares_N_over_G_among_each_groups_respondents()
    {
        // Each group carries 10/3: GOV 10/3/4 = 5/6, PS 10/3/2 = 5/3, CS 5/6.
        var weights = Weighting.EqualFooting.RespondentWeights(Example);
        Assert.Equal([5.0 / 6, 5.0 / 3, 5.0 / 6], weights, Tolerance);
    }

    [Fact]
    public void Equal_footing_leaves_out_an_empty_group_and_gives_its_share_to_the_others()
    {
        // GOV 2 respondents, PS none, CS 1: N = 3, G' = 2, each group carries 1.5.
        var tally = TallyFactory.SingleCell(new Scale(ScaleKind.Ordinal, 5), TallyFactory.ThreeGroups, [4, 4], [], [0]);
        Assert.Equal([0.75, 0.0, 1.5], Weighting.EqualFooting.RespondentWeights(tally), Tolerance);
    }

    [Fact]
    public void Custom_weights_default_to_one_and_are_normalised_over_present_groups()
    {
        // c = GOV 2, PS 1, CS 1 (missing): totals 10*2/4 = 5, 2.5, 2.5; per respondent 1.25, 1.25, 0.625.
        var weighting = new Weighting(WeightingScheme.Custom, new Dictionary<string, double> { ["GOV"] = 2, ["PS"] = 1 });
        Assert.Equal([1.25, 1.25, 0.625], weighting.RespondentWeights(Example), Tolerance);
    }

    [Fact]
    public void Custom_weight_zero_gives_a_group_no_weight()
    {
        var weighting = new Weighting(WeightingScheme.Custom, new Dictionary<string, double> { ["PS"] = 0 });
        // c = 1, 0, 1: totals 5, 0, 5.
        Assert.Equal([1.25, 0.0, 1.25], weighting.RespondentWeights(Example), Tolerance);
    }

    [Fact]
    public void Custom_weights_all_zero_give_everyone_zero()
    {
        var zero = new Dictionary<string, double> { ["GOV"] = 0, ["PS"] = 0, ["CS"] = 0 };
        Assert.Equal([0.0, 0.0, 0.0], new Weighting(WeightingScheme.Custom, zero).RespondentWeights(Example));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Negative_or_non_finite_custom_weight_is_rejected(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Weighting(WeightingScheme.Custom, new Dictionary<string, double> { ["GOV"] = weight }));

    private static IEqualityComparer<double> Tolerance => Statistics.Tests.Tolerance.TwelveDigits;
}

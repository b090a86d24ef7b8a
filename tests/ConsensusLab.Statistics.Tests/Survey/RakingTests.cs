namespace ConsensusLab.Statistics.Tests.Survey;

public sealed class RakingTests
{
    private static readonly RakingMargin[] GroupAndRegion =
    [
        RakingMargin.EqualShares(RespondentTrait.Group),
        new(RespondentTrait.RegionalGroup, SurveyExample.RegionTargets),
    ];

    // An independent 2×2 sample (GOV: AFR 1, WEOG 2; CS: AFR 2, WEOG 4; n = 9): raking to row shares r and column
    // shares c gives each cell the total n·r·c in one pass, so a respondent of cell (i, j) weighs n·r_i·c_j / n_ij.
    [Theory]
    [InlineData(0.5, 0.5)]
    [InlineData(0.3, 0.6)]
    [InlineData(0.8, 0.25)]
    public void Independent_two_by_two_table_rakes_to_product_weights(double govShare, double afrShare)
    {
        (string Group, string Region, int Count)[] cells = [("GOV", "AFR", 1), ("GOV", "WEOG", 2), ("CS", "AFR", 2), ("CS", "WEOG", 4)];
        var respondents = cells.SelectMany(c => Enumerable.Repeat(new RespondentProfile(c.Group, c.Region, "F"), c.Count)).ToList();
        var margins = new RakingMargin[]
        {
            new(RespondentTrait.Group, new Dictionary<string, double> { ["GOV"] = govShare, ["CS"] = 1 - govShare }),
            new(RespondentTrait.RegionalGroup, new Dictionary<string, double> { ["AFR"] = afrShare, ["WEOG"] = 1 - afrShare }),
        };

        var result = Raking.Rake(RespondentWeights.Headcount(respondents), margins);

        var expected = cells.SelectMany(c =>
        {
            var r = c.Group == "GOV" ? govShare : 1 - govShare;
            var k = c.Region == "AFR" ? afrShare : 1 - afrShare;
            return Enumerable.Repeat(9 * r * k / c.Count, c.Count);
        });
        Assert.Equal(expected, result.Weights.Weights, Tolerance.TwelveDigits);
        Assert.True(result.Converged);
        Assert.Equal(1, result.Iterations);
        Assert.True(result.MaxMarginError <= 1e-12);
    }

    [Fact]
    public void Raking_to_groups_and_regions_matches_R_survey_rake()
    {
        var result = Raking.Rake(RespondentWeights.Headcount(SurveyExample.Respondents), GroupAndRegion);

        Assert.Equal(SurveyExample.Raked, result.Weights.Weights, new Tolerance(1e-9));
        Assert.True(result.Converged);
        Assert.True(result.MaxMarginError <= RakingOptions.Default.Tolerance);
    }

    [Fact]
    public void Result_reports_the_Kish_design_effect_of_the_raked_weights()
    {
        var result = Raking.Rake(RespondentWeights.Headcount(SurveyExample.Respondents), GroupAndRegion);

        var w = SurveyExample.Raked;
        Assert.Equal(w.Length * w.Sum(x => x * x) / (w.Sum() * w.Sum()), result.DesignEffect!.Value, 9);
    }

    [Fact]
    public void Raking_starting_from_a_scheme_meets_the_same_margins()
    {
        // Raking's fixed point depends on the start, but the margins it meets do not.
        var start = SchemeWeights.For(Weighting.EqualFooting, SurveyExample.Respondents);

        var result = Raking.Rake(start, GroupAndRegion);

        Assert.True(result.Converged);
        var weights = result.Weights.Weights;
        Assert.Equal(12, weights.Sum(), 9);
        Assert.Equal(0.4 * 12, weights.Where((_, i) => SurveyExample.Respondents[i].RegionalGroup == "AFR").Sum(), 9);
        Assert.Equal(4, weights.Where((_, i) => SurveyExample.Respondents[i].Group == "PS").Sum(), 9);
    }

    [Fact]
    public void Iteration_cap_stops_raking_and_says_it_did_not_converge()
    {
        var result = Raking.Rake(RespondentWeights.Headcount(SurveyExample.Respondents), GroupAndRegion, new RakingOptions(MaxIterations: 1));

        Assert.False(result.Converged);
        Assert.Equal(1, result.Iterations);
        Assert.True(result.MaxMarginError > RakingOptions.Default.Tolerance);
    }

    [Fact]
    public void Trimming_after_raking_matches_R_survey_trimWeights_strict()
    {
        var options = new RakingOptions(Trimming: new WeightTrimming(0.5, 1.5));

        var result = Raking.Rake(RespondentWeights.Headcount(SurveyExample.Respondents), GroupAndRegion, options);

        Assert.Equal(SurveyExample.RakedAndTrimmed, result.Weights.Weights, new Tolerance(1e-9));
        Assert.True(result.Converged);

        // Trimming moves weight across categories, so the margins are no longer met exactly, and says by how much.
        Assert.True(result.MaxMarginError > 0.01);
    }

    [Fact]
    public void Positive_target_for_a_region_without_respondents_is_refused_naming_margin_and_category()
    {
        var targets = new Dictionary<string, double>(SurveyExample.RegionTargets) { ["EEG"] = 0.1 };

        var refusal = Assert.Throws<RakingTargetException>(() => Raking.Rake(
            RespondentWeights.Headcount(SurveyExample.Respondents),
            [new RakingMargin(RespondentTrait.RegionalGroup, targets)]));

        Assert.Equal(RespondentTrait.RegionalGroup, refusal.Margin);
        Assert.Equal("EEG", refusal.Category);
        Assert.Contains("EEG", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("RegionalGroup", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Positive_target_for_a_group_whose_respondents_weigh_zero_is_refused()
    {
        var start = SchemeWeights.For(new Weighting(WeightingScheme.Custom, new Dictionary<string, double> { ["PS"] = 0 }), SurveyExample.Respondents);
        var targets = new Dictionary<string, double> { ["GOV"] = 1, ["PS"] = 1, ["CS"] = 1 };

        var refusal = Assert.Throws<RakingTargetException>(() => Raking.Rake(start, [new RakingMargin(RespondentTrait.Group, targets)]));

        Assert.Equal("PS", refusal.Category);
    }

    [Fact]
    public void Equal_shares_leave_out_a_group_whose_respondents_weigh_zero()
    {
        var start = SchemeWeights.For(new Weighting(WeightingScheme.Custom, new Dictionary<string, double> { ["PS"] = 0 }), SurveyExample.Respondents);

        var result = Raking.Rake(start, [RakingMargin.EqualShares(RespondentTrait.Group)]);

        // GOV and CS carry 6 each of n = 12; PS stays at zero.
        Assert.Equal([1.5, 1.5, 1.5, 1.5, 0, 0, 1, 1, 1, 1, 1, 1], result.Weights.Weights, Tolerance.TwelveDigits);
    }

    [Fact]
    public void Category_with_respondents_but_no_target_is_refused()
    {
        var targets = new Dictionary<string, double> { ["AFR"] = 1, ["WEOG"] = 1 };

        var refusal = Assert.Throws<RakingTargetException>(() => Raking.Rake(
            RespondentWeights.Headcount(SurveyExample.Respondents),
            [new RakingMargin(RespondentTrait.RegionalGroup, targets)]));

        Assert.Equal("GRULAC", refusal.Category);
    }

    [Fact]
    public void Raking_no_respondents_gives_no_weights_and_no_design_effect()
    {
        var result = Raking.Rake(RespondentWeights.Headcount([]), GroupAndRegion.Take(1).ToArray());

        Assert.Empty(result.Weights.Weights);
        Assert.True(result.Converged);
        Assert.Null(result.DesignEffect);
    }

    [Fact]
    public void Raking_one_respondent_keeps_weight_one()
    {
        var result = Raking.Rake(RespondentWeights.Headcount([new("GOV", "AFR", "F")]), GroupAndRegion.Take(1).ToArray());

        Assert.Equal([1.0], result.Weights.Weights, Tolerance.TwelveDigits);
        Assert.Equal(1.0, result.DesignEffect);
    }

    [Fact]
    public void Margins_that_an_empty_cross_cell_makes_incompatible_do_not_converge_and_say_by_how_much()
    {
        // Every GOV respondent is African and every CS one from WEOG (the cells GOV-WEOG and CS-AFR are empty), so
        // groups at 1/2 each and regions at 0.3/0.7 cannot both hold: the passes alternate, 0.2 apart.
        RespondentProfile[] respondents = [new("GOV", "AFR", "F"), new("GOV", "AFR", "M"), new("CS", "WEOG", "F")];
        RakingMargin[] margins =
        [
            RakingMargin.EqualShares(RespondentTrait.Group),
            new(RespondentTrait.RegionalGroup, new Dictionary<string, double> { ["AFR"] = 0.3, ["WEOG"] = 0.7 }),
        ];

        var result = Raking.Rake(RespondentWeights.Headcount(respondents), margins, new RakingOptions(MaxIterations: 20));

        Assert.False(result.Converged);
        Assert.Equal(20, result.Iterations);
        Assert.Equal(0.2, result.MaxMarginError, 12);
    }

    [Fact]
    public void Raking_to_group_region_and_gender_at_once_meets_all_three()
    {
        RakingMargin[] margins = [.. GroupAndRegion, RakingMargin.EqualShares(RespondentTrait.Gender)];

        var result = Raking.Rake(RespondentWeights.Headcount(SurveyExample.Respondents), margins);

        Assert.True(result.Converged);
        var weights = result.Weights.Weights;
        Assert.Equal(6, weights.Where((_, i) => SurveyExample.Respondents[i].Gender == "F").Sum(), 9);
        Assert.Equal(4.2, weights.Where((_, i) => SurveyExample.Respondents[i].RegionalGroup == "WEOG").Sum(), 9);
        Assert.Equal(4, weights.Where((_, i) => SurveyExample.Respondents[i].Group == "GOV").Sum(), 9);
    }
}

namespace ConsensusLab.Statistics.Tests.Survey;

public sealed class SurveyProportionTests
{
    // Reference/survey_reference.R: attr(svyciprop(~y, des, method = "logit" / "beta", level = 0.95), "ci").
    [Theory]
    [InlineData("equal footing", 0.146612121258352, 0.748095241923914, 0.129730364990682, 0.753720835689181)]
    [InlineData("raked", 0.150955514240082, 0.769013233640017, 0.133440373126474, 0.777803057280419)]
    public void Logit_and_Korn_Graubard_intervals_match_R_survey_svyciprop(
        string weights, double logitLower, double logitUpper, double betaLower, double betaUpper)
    {
        var intervals = SurveyProportion.Intervals(Share(weights), 0.95);

        Assert.Equal(logitLower, intervals.Logit.Lower!.Value, 9);
        Assert.Equal(logitUpper, intervals.Logit.Upper!.Value, 9);
        Assert.Equal(betaLower, intervals.KornGraubard.Lower!.Value, 9);
        Assert.Equal(betaUpper, intervals.KornGraubard.Upper!.Value, 9);
    }

    [Theory]
    [InlineData("equal footing")]
    [InlineData("raked")]
    public void Wilson_intervals_use_Kishs_n_and_the_designs_n(string weights)
    {
        var share = Share(weights);

        var intervals = SurveyProportion.Intervals(share, 0.95);

        var p = share.Estimate!.Value;
        var se = share.StandardError!.Value;
        Assert.Equal(WilsonInterval.Of(p, share.KishEffectiveN, 0.95), intervals.WilsonKish);
        Assert.Equal(WilsonInterval.Of(p, p * (1 - p) / (se * se), 0.95), intervals.WilsonDesign);
    }

    [Fact]
    public void Design_effective_n_on_equal_footing_is_p_one_minus_p_over_SE_squared()
    {
        // R: 0.416666666666667 · 0.583333333333333 / 0.157357884861772² = 9.81573...
        var n = SurveyProportion.DesignEffectiveN(Share("equal footing"));

        Assert.Equal(0.416666666666667 * 0.583333333333333 / (0.157357884861772 * 0.157357884861772), n!.Value, 9);
    }

    [Fact]
    public void Every_interval_contains_the_share()
    {
        var intervals = SurveyProportion.Intervals(Share("raked"), 0.9);

        Assert.All(
            [intervals.WilsonKish, intervals.WilsonDesign, intervals.Logit, intervals.KornGraubard],
            i => Assert.InRange(i.Estimate!.Value, i.Lower!.Value, i.Upper!.Value));
    }

    [Fact]
    public void Everyone_agreeing_leaves_only_the_Kish_interval()
    {
        // SE = 0: R gives a degenerate logit interval (0.99999999987, 0.99999999998) and a NaN beta interval; both
        // are null here, with the share.
        var share = Linearisation.Mean([1, 1, 1, 1], [1, 2, 1, 3]);

        var intervals = SurveyProportion.Intervals(share, 0.95);

        Assert.Equal(1.0, intervals.WilsonKish.Upper);
        Assert.True(intervals.WilsonKish.Lower < 1);
        Assert.All(
            [intervals.WilsonDesign, intervals.Logit, intervals.KornGraubard],
            i => Assert.Equal(new Proportion(1.0, null, null), i));
    }

    [Fact]
    public void One_respondent_has_no_design_based_interval()
    {
        var intervals = SurveyProportion.Intervals(Linearisation.Mean([1], [1]), 0.95);

        Assert.NotNull(intervals.WilsonKish.Lower);
        Assert.Null(intervals.Logit.Lower);
        Assert.Null(intervals.KornGraubard.Upper);
        Assert.Null(intervals.WilsonDesign.Lower);
    }

    [Fact]
    public void No_respondents_give_undefined_intervals() =>
        Assert.Equal(
            new ProportionIntervals(Proportion.Undefined, Proportion.Undefined, Proportion.Undefined, Proportion.Undefined),
            SurveyProportion.Intervals(SurveyEstimate.Undefined, 0.95));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Confidence_outside_zero_one_is_rejected_even_without_respondents(double confidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyProportion.Intervals(SurveyEstimate.Undefined, confidence));

    private static SurveyEstimate Share(string weights) =>
        Linearisation.Mean(SurveyExample.Agrees, weights == "raked" ? SurveyExample.Raked : SurveyExample.EqualFooting);
}

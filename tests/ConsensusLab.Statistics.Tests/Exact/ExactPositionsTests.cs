namespace ConsensusLab.Statistics.Tests.Exact;

public sealed class ExactPositionsTests
{
    // Reference/exact_reference.R: coef(svymean(~pos)), sum(w (pos − m)²)/sum(w), coef(svyvar(~pos)).
    [Theory]
    [InlineData("wef", 0.0429916666666667, 0.257761830208333, 0.281194723863636)]
    [InlineData("wr", 0.0465180778515881, 0.291148211658365, 0.317616230900035)]
    public void Mean_and_both_variances_match_R_survey(string weights, double mean, double population, double survey)
    {
        var summary = ExactPositions.Summarise(ExactExample.Positions, ExactExample.Weights(weights));

        Assert.Equal(12, summary.Respondents);
        Assert.Equal(mean, summary.Mean!.Value, 12);
        Assert.Equal(population, summary.PopulationVariance!.Value, 12);
        Assert.Equal(survey, summary.SurveyVariance!.Value, 12);
    }

    [Theory]
    [InlineData(QuantileRule.SurveyHf7, -0.328851713954073, -0.0152819859186737, 0.273664746084819)]
    [InlineData(QuantileRule.SurveyMath, -0.5, 0.0061, 0.3333)]
    public void Quartiles_follow_the_named_rule(QuantileRule rule, double lower, double median, double upper)
    {
        // R: svyquantile(~pos, raked design, c(.25, .5, .75), qrule = …) in Reference/exact_reference.R.
        var summary = ExactPositions.Summarise(ExactExample.Positions, ExactExample.Weights("wr"), rule);

        Assert.Equal(rule, summary.Rule);
        Assert.Equal([lower, median, upper], new[] { summary.LowerQuartile!.Value, summary.Median!.Value, summary.UpperQuartile!.Value }, Tolerance.TwelveDigits);
    }

    // Reference/exact_reference.R: 2^(1 + α) Σ Σ π_i^(1+α) π_j |y_i − y_j| over the distinct positions, y = (pos + 1)/2.
    [Theory]
    [InlineData("wef", 0.0, 0.574725154320988)]
    [InlineData("wef", 1.0, 0.168348671124829)]
    [InlineData("wef", 1.3, 0.122985961983429)]
    [InlineData("wr", 0.0, 0.611710584942942)]
    [InlineData("wr", 1.0, 0.183080269034572)]
    [InlineData("wr", 1.3, 0.134116483077292)]
    public void Esteban_Ray_on_individuals_matches_the_formula_in_R(string weights, double alpha, double expected)
    {
        var summary = ExactPositions.Summarise(ExactExample.Positions, ExactExample.Weights(weights), alpha: alpha);

        Assert.Equal(alpha, summary.Alpha);
        Assert.Equal(expected, summary.Polarization!.Value, 12);
    }

    [Fact]
    public void Split_room_at_the_two_ends_has_polarization_one() =>
        Assert.Equal(1.0, ExactPositions.Polarization([-1.0, 1.0, -1.0, 1.0], [1.0, 2.0, 2.0, 1.0])!.Value, 12);

    [Fact]
    public void One_respondent_has_no_survey_variance()
    {
        var summary = ExactPositions.Summarise([0.42], [3.0]);

        Assert.Equal(new ExactPositionSummary(1, 0.42, 0, null, QuantileRule.SurveyHf7, 0.42, 0.42, 0.42, EstebanRay.DefaultAlpha, 0), summary);
    }

    [Fact]
    public void Identical_positions_have_no_spread()
    {
        var summary = ExactPositions.Summarise([0.3, 0.3, 0.3], [1.0, 2.0, 0.5]);

        Assert.Equal(0.3, summary.Mean!.Value, 12);
        Assert.Equal(0.0, summary.PopulationVariance!.Value, 12);
        Assert.Equal(0.0, summary.SurveyVariance!.Value, 12);
        Assert.Equal(0.0, summary.Polarization);
    }

    [Theory]
    [InlineData(new double[0], new double[0])]
    [InlineData(new[] { 0.5, -0.5 }, new[] { 0.0, 0.0 })]
    public void Nobody_with_weight_gives_every_figure_null(double[] positions, double[] weights) =>
        Assert.Equal(ExactPositionSummary.Undefined(QuantileRule.SurveyMath, 1.0), ExactPositions.Summarise(positions, weights, QuantileRule.SurveyMath, 1.0));

    [Fact]
    public void Zero_weight_respondents_are_left_out()
    {
        var dropped = ExactPositions.Summarise([0.1, -0.7, 0.9], [1.0, 2.0, 1.0]);
        var kept = ExactPositions.Summarise([0.1, 0.5, -0.7, 0.9], [1.0, 0.0, 2.0, 1.0]);

        Assert.Equal(dropped, kept);
        Assert.Equal(3, kept.Respondents);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_position_off_the_axis_is_refused(double position) =>
        Assert.ThrowsAny<ArgumentException>(() => ExactPositions.Summarise([0.0, position], [1.0, 1.0]));
}

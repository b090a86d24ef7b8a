namespace ConsensusLab.Statistics.Tests.Exact;

public sealed class ExactQuantileTests
{
    // Reference/exact_reference.R: svyquantile(~pos, svydesign(ids = ~1, weights = ~w), p, qrule = "math" | "hf7").
    [Theory]
    [InlineData("wef", QuantileRule.SurveyMath, 0.1, -0.5)]
    [InlineData("wef", QuantileRule.SurveyMath, 0.25, -0.5)]
    [InlineData("wef", QuantileRule.SurveyMath, 0.5, 0.0061)]
    [InlineData("wef", QuantileRule.SurveyMath, 0.75, 0.3333)]
    [InlineData("wef", QuantileRule.SurveyMath, 0.9, 0.734)]
    [InlineData("wef", QuantileRule.SurveyHf7, 0.1, -0.5)]
    [InlineData("wef", QuantileRule.SurveyHf7, 0.25, -0.294166666666667)]
    [InlineData("wef", QuantileRule.SurveyHf7, 0.5, -0.00440833333333333)]
    [InlineData("wef", QuantileRule.SurveyHf7, 0.75, 0.2812375)]
    [InlineData("wef", QuantileRule.SurveyHf7, 0.9, 0.7109)]
    [InlineData("wr", QuantileRule.SurveyMath, 0.1, -0.5)]
    [InlineData("wr", QuantileRule.SurveyMath, 0.25, -0.5)]
    [InlineData("wr", QuantileRule.SurveyMath, 0.5, 0.0061)]
    [InlineData("wr", QuantileRule.SurveyMath, 0.75, 0.3333)]
    [InlineData("wr", QuantileRule.SurveyMath, 0.9, 0.9137)]
    [InlineData("wr", QuantileRule.SurveyHf7, 0.1, -0.5)]
    [InlineData("wr", QuantileRule.SurveyHf7, 0.25, -0.328851713954073)]
    [InlineData("wr", QuantileRule.SurveyHf7, 0.5, -0.0152819859186737)]
    [InlineData("wr", QuantileRule.SurveyHf7, 0.75, 0.273664746084819)]
    [InlineData("wr", QuantileRule.SurveyHf7, 0.9, 0.739250725880236)]
    public void Survey_rules_match_R_svyquantile(string weights, QuantileRule rule, double p, double expected) =>
        Assert.Equal(expected, ExactQuantile.Of(ExactExample.Positions, ExactExample.Weights(weights), p, rule)!.Value, 12);

    [Theory]
    [InlineData(QuantileRule.SurveyHf7)]
    [InlineData(QuantileRule.WeightMidpoints)]
    public void Equal_weights_give_R_type_7(QuantileRule rule)
    {
        // R: quantile(pos, c(.25, .5, .75), type = 7) = -0.215, 0.25, 0.394975 (Reference/exact_reference.R).
        var ones = Enumerable.Repeat(1.0, 12).ToArray();

        Assert.Equal(
            [-0.215, 0.25, 0.394975],
            new[] { 0.25, 0.5, 0.75 }.Select(p => ExactQuantile.Of(ExactExample.Positions, ones, p, rule)!.Value),
            Tolerance.TwelveDigits);
    }

    [Fact]
    public void Math_rule_takes_the_lower_answer_when_the_ECDF_reaches_p_exactly()
    {
        // Weights 0.1 sum to 0.4 only up to rounding; the ECDF reaches 0.5 exactly at the second answer.
        Assert.Equal(2.0, ExactQuantile.Of([4.0, 1.0, 3.0, 2.0], [0.1, 0.1, 0.1, 0.1], 0.5, QuantileRule.SurveyMath));
        Assert.Equal(3.0, ExactQuantile.Of([4.0, 1.0, 3.0, 2.0], [0.1, 0.1, 0.1, 0.1], 0.51, QuantileRule.SurveyMath));
    }

    [Fact]
    public void Math_rule_at_p_0_is_the_smallest_answer()
    {
        // R: survey:::qrule_math(c(3, 1, 2), c(1, 1, 1), 0) = 2, its search's fallback; the ECDF definition gives 1.
        Assert.Equal(1.0, ExactQuantile.Of([3.0, 1.0, 2.0], [1.0, 1.0, 1.0], 0, QuantileRule.SurveyMath));
        Assert.Equal(3.0, ExactQuantile.Of([3.0, 1.0, 2.0], [1.0, 1.0, 1.0], 1, QuantileRule.SurveyMath));
    }

    [Fact]
    public void Live_rule_on_exact_values_equals_the_tally_rule_on_the_same_cells()
    {
        // Ties form one cell, as in the tally: −0.5 twice, 0.25 three times.
        var weights = ExactExample.Weights("wr");
        var cells = ExactExample.Positions.Select((x, i) => (x, w: weights[i])).GroupBy(c => c.x).OrderBy(g => g.Key).ToArray();
        var expected = WeightedQuantile.Of(
            cells.Select(g => g.Key).ToArray(), cells.Select(g => g.Sum(c => c.w)).ToArray(), cells.Select(g => (long)g.Count()).ToArray(), 0.3);

        Assert.Equal(expected!.Value, ExactQuantile.Of(ExactExample.Positions, weights, 0.3, QuantileRule.WeightMidpoints)!.Value, 12);
    }

    [Theory]
    [InlineData(QuantileRule.WeightMidpoints)]
    [InlineData(QuantileRule.SurveyMath)]
    [InlineData(QuantileRule.SurveyHf7)]
    public void Zero_weights_are_left_out_and_no_weight_gives_null(QuantileRule rule)
    {
        Assert.Equal(
            ExactQuantile.Of([1.0, 2.0, 5.0], [1.0, 2.0, 1.0], 0.4, rule),
            ExactQuantile.Of([1.0, 9.0, 2.0, 5.0], [1.0, 0.0, 2.0, 1.0], 0.4, rule));
        Assert.Null(ExactQuantile.Of([], [], 0.5, rule));
        Assert.Null(ExactQuantile.Of([1.0, 2.0], [0.0, 0.0], 0.5, rule));
        Assert.Equal(0.3, ExactQuantile.Of([0.3], [2.0], 0.9, rule));
        Assert.Equal(0.3, ExactQuantile.Of([0.3, 0.3, 0.3], [1.0, 2.0, 3.0], 0.25, rule));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Probability_outside_0_1_is_refused(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactQuantile.Of([1.0], [1.0], p, QuantileRule.SurveyHf7));

    [Fact]
    public void Negative_weight_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactQuantile.Of([1.0, 2.0], [1.0, -1.0], 0.5, QuantileRule.SurveyMath));
}

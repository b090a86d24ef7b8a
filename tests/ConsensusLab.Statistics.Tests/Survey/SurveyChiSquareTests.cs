using ConsensusLab.Statistics.Tests.Exact;

namespace ConsensusLab.Statistics.Tests.Survey;

public sealed class SurveyChiSquareTests
{
    // Reference/exact_reference.R, svydesign(ids = ~1, weights = ~w):
    //   svychisq(~grp + y | x, des)                     → F, ndf, ddf, p (the default, second order);
    //   svychisq(~grp + y | x, des, statistic = "Chisq") → X² (printed unadjusted), df, p of X²/δ̄.
    [Theory]
    [InlineData("wef", "y", 2.51834101382488, 1.9509181815018, 21.4600999965198, 0.105200664356748, 4.8, 2, 0.0805931989079173)]
    [InlineData("wef", "x", 0.896664195700519, 6.75868581520869, 74.3455439672956, 0.511074970968153, 7.25454545454545, 8, 0.518054269184244)]
    [InlineData("wr", "y", 3.03518687130836, 1.99292982512658, 21.9222280763924, 0.0687660796014497, 5.37066013544691, 2, 0.0480656799397971)]
    [InlineData("wr", "x", 1.04082029452933, 6.31392850794599, 69.4532135874059, 0.408189498395884, 8.08062288232626, 8, 0.402237951076474)]
    public void Rao_Scott_tests_match_R_svychisq(string weights, string answers,
        double f, double ndf, double ddf, double pF, double pearson, int df, double pChisq)
    {
        var test = SurveyChiSquare.Test(ExactExample.Groups, Answers(answers), ExactExample.Weights(weights))!;

        Assert.Equal(pearson, test.Pearson, 11);
        Assert.Equal(new[] { f, ndf, ddf, pF }, new[] { test.SecondOrder.Statistic, test.SecondOrder.NumeratorDegreesOfFreedom, test.SecondOrder.DenominatorDegreesOfFreedom, test.SecondOrder.PValue }, new Tolerance(1e-10));
        Assert.Equal(df, test.FirstOrder.DegreesOfFreedom);
        Assert.Equal(pChisq, test.FirstOrder.PValue, 12);

        // F = X²/tr(Δ) and the first order divides by δ̄ = tr(Δ)/df.
        Assert.Equal(pearson / (pearson / f / df), test.FirstOrder.Statistic, 10);
        Assert.Equal(pearson / f / df, test.MeanDesignEffect, 10);
    }

    [Fact]
    public void Perfect_association_leaves_no_design_effect_and_is_not_computable()
    {
        // Each group gives one answer: the occupied cells' shares sum to 1 in every sample, so Δ = 0 and X²/tr(Δ) has no
        // value (R: F = 3.2452e+32 from rounding, for svychisq(~g + a) on these six rows).
        Assert.Null(SurveyChiSquare.Test([0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1], [1.0, 1, 1, 1, 1, 1]));
    }

    [Fact]
    public void Scaling_the_weights_changes_nothing()
    {
        var weights = ExactExample.Weights("wr");
        var normal = SurveyChiSquare.Test(ExactExample.Groups, Answers("x"), weights)!;
        var scaled = SurveyChiSquare.Test(ExactExample.Groups, Answers("x"), [.. weights.Select(w => w * 37.5)])!;

        Assert.Equal(normal.SecondOrder.Statistic, scaled.SecondOrder.Statistic, 10);
        Assert.Equal(normal.FirstOrder.Statistic, scaled.FirstOrder.Statistic, 10);
    }

    [Fact]
    public void Zero_weight_respondents_are_out_of_the_sample()
    {
        var y = Answers("y");
        var weights = ExactExample.Weights("wr");
        int[] groups = [.. ExactExample.Groups, 1];
        int[] answers = [.. y, 1];

        Assert.Equal(
            SurveyChiSquare.Test(ExactExample.Groups, y, weights),
            SurveyChiSquare.Test(groups, answers, [.. weights, 0.0]));
    }

    [Theory]
    [InlineData(new int[0], new int[0], new double[0])]
    [InlineData(new[] { 0 }, new[] { 1 }, new[] { 1.0 })]
    [InlineData(new[] { 0, 0, 0 }, new[] { 0, 1, 1 }, new[] { 1.0, 2.0, 1.0 })]
    [InlineData(new[] { 0, 1, 1 }, new[] { 2, 2, 2 }, new[] { 1.0, 2.0, 1.0 })]
    [InlineData(new[] { 0, 1, 1 }, new[] { 0, 1, 0 }, new[] { 0.0, 0.0, 0.0 })]
    [InlineData(new[] { 0, 1, 2 }, new[] { 0, 1, 0 }, new[] { 1.0, 0.0, 0.0 })]
    public void One_group_one_answer_or_no_weight_is_not_computable(int[] groups, int[] answers, double[] weights) =>
        Assert.Null(SurveyChiSquare.Test(groups, answers, weights));

    [Fact]
    public void Mismatched_lengths_are_refused() =>
        Assert.Throws<ArgumentException>(() => SurveyChiSquare.Test([0, 1], [0, 1], [1.0]));

    private static int[] Answers(string name) =>
        [.. (name == "y" ? SurveyExample.Agrees : SurveyExample.Answers).Select(a => (int)a)];
}

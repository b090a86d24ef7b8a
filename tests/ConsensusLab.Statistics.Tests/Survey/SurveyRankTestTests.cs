using ConsensusLab.Statistics.Tests.Exact;

namespace ConsensusLab.Statistics.Tests.Survey;

public sealed class SurveyRankTestTests
{
    // Reference/exact_reference.R: svyranktest(pos | x ~ grp, des, test = "KruskalWallis"), which for three groups
    // prints the Wald chi-square as 'parameter' and its df as 'statistic'; p = pf(chisq/2, 2, 9).
    [Theory]
    [InlineData("wef", "pos", 6.70303535791889, 0.0816892772991903)]
    [InlineData("wef", "x", 11.0405057963114, 0.0272585179732146)]
    [InlineData("wr", "pos", 7.8738715147815, 0.0591051021236705)]
    [InlineData("wr", "x", 17.6794057074978, 0.0075213987160407)]
    public void Three_groups_match_R_svyranktest(string weights, string answers, double chisq, double p)
    {
        var values = answers == "pos" ? ExactExample.Positions : SurveyExample.Answers;

        var test = SurveyRankTest.KruskalWallis(values, ExactExample.Groups, ExactExample.Weights(weights))!;

        Assert.Equal(chisq / 2, test.Statistic, 11);
        Assert.Equal(2, test.NumeratorDegreesOfFreedom);
        Assert.Equal(9, test.DenominatorDegreesOfFreedom);
        Assert.Equal(p, test.PValue, 12);
    }

    // Reference/exact_reference.R: svyranktest(pos ~ grp, test = "KruskalWallis") on a design of the GOV and CS rows
    // alone: a t test on n − 2 df.
    [Theory]
    [InlineData("wef", 0.871237370182818, 0.409007454785648)]
    [InlineData("wr", 1.480775384363, 0.176939628582379)]
    public void Two_groups_give_the_square_of_R_t_with_its_p(string weights, double t, double p)
    {
        var keep = Enumerable.Range(0, 12).Where(i => ExactExample.Groups[i] != 1).ToArray();
        var all = ExactExample.Weights(weights);

        var test = SurveyRankTest.KruskalWallis(
            [.. keep.Select(i => ExactExample.Positions[i])], [.. keep.Select(i => ExactExample.Groups[i])], [.. keep.Select(i => all[i])])!;

        Assert.Equal(t * t, test.Statistic, 11);
        Assert.Equal(new[] { 1.0, 8.0 }, new[] { test.NumeratorDegreesOfFreedom, test.DenominatorDegreesOfFreedom });
        Assert.Equal(p, test.PValue, 12);
    }

    [Fact]
    public void Scaling_the_weights_changes_nothing()
    {
        var weights = ExactExample.Weights("wr");
        var normal = SurveyRankTest.KruskalWallis(ExactExample.Positions, ExactExample.Groups, weights)!;
        var scaled = SurveyRankTest.KruskalWallis(ExactExample.Positions, ExactExample.Groups, [.. weights.Select(w => w * 37.5)])!;

        Assert.Equal(normal.Statistic, scaled.Statistic, 10);
    }

    [Fact]
    public void Zero_weight_respondents_are_out_of_the_sample()
    {
        var weights = ExactExample.Weights("wr");

        Assert.Equal(
            SurveyRankTest.KruskalWallis(ExactExample.Positions, ExactExample.Groups, weights),
            SurveyRankTest.KruskalWallis([.. ExactExample.Positions, 0.99], [.. ExactExample.Groups, 1], [.. weights, 0.0]));
    }

    [Theory]
    [InlineData(new double[0], new int[0], new double[0])]
    [InlineData(new[] { 0.5 }, new[] { 0 }, new[] { 1.0 })]
    [InlineData(new[] { 0.5, 0.1, 0.9 }, new[] { 0, 0, 0 }, new[] { 1.0, 2.0, 1.0 })]
    [InlineData(new[] { 0.2, 0.2, 0.2, 0.2 }, new[] { 0, 0, 1, 1 }, new[] { 1.0, 2.0, 1.0, 3.0 })]
    [InlineData(new[] { 0.2, 0.2, 0.4, 0.4 }, new[] { 0, 0, 1, 1 }, new[] { 1.0, 2.0, 1.0, 3.0 })]
    [InlineData(new[] { 0.2, 0.4 }, new[] { 0, 1 }, new[] { 1.0, 1.0 })]
    [InlineData(new[] { 0.2, 0.4, 0.6 }, new[] { 0, 1, 1 }, new[] { 0.0, 0.0, 0.0 })]
    public void One_group_no_spread_separated_groups_no_residual_df_or_no_weight_is_not_computable(double[] values, int[] groups, double[] weights) =>
        Assert.Null(SurveyRankTest.KruskalWallis(values, groups, weights));
}

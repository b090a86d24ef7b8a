namespace ConsensusLab.Statistics.Tests.Exact;

public sealed class ExactKruskalWallisTests
{
    [Fact]
    public void Exact_positions_match_R_kruskal_test()
    {
        // R: kruskal.test(pos ~ factor(grp)) = 2.480871886120997, df 2, p 0.289258090391634 (Reference/exact_reference.R).
        var test = ExactKruskalWallis.Test(ExactExample.Positions, ExactExample.Groups)!;

        Assert.Equal(2.480871886120997, test.Statistic, 12);
        Assert.Equal(2, test.DegreesOfFreedom);
        Assert.Equal(0.289258090391634, test.PValue, 12);
    }

    // R: kruskal.test(list(c(1, 2, 3), c(1, 2)))$statistic = 0.37037037037037;
    //    kruskal.test(pos[1:6], c(1, 1, 1, 1, 2, 2))$statistic = 1.37867647058824 (ties at −0.5 across groups).
    [Theory]
    [InlineData(new double[] { 1, 2, 3, 1, 2 }, new[] { 0, 0, 0, 1, 1 }, 0.37037037037037)]
    [InlineData(new[] { 0.734, 0.25, -0.5, 0.9137, -0.5, -0.12 }, new[] { 1, 1, 1, 1, 2, 2 }, 1.37867647058824)]
    public void Ties_take_mid_ranks_with_the_tie_correction(double[] values, int[] groups, double expected) =>
        Assert.Equal(expected, ExactKruskalWallis.Test(values, groups)!.Statistic, 12);

    [Theory]
    [InlineData(new double[0], new int[0])]
    [InlineData(new[] { 0.5 }, new[] { 1 })]
    [InlineData(new[] { 0.5, 0.1, 0.9 }, new[] { 1, 1, 1 })]
    [InlineData(new[] { 0.2, 0.2, 0.2 }, new[] { 1, 2, 3 })]
    public void One_group_or_no_spread_is_not_computable(double[] values, int[] groups) =>
        Assert.Null(ExactKruskalWallis.Test(values, groups));
}

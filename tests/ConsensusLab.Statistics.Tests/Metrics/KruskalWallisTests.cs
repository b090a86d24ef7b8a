namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class KruskalWallisTests
{
    [Fact]
    public void H_matches_Hollander_and_Wolfe_mucociliary_example()
    {
        // Hollander & Wolfe (1973), Nonparametric Statistical Methods, p. 116 (the example of R's kruskal.test):
        // normal 2.9 3.0 2.5 2.6 3.2; airway disease 3.8 2.7 4.0 2.4; asbestosis 2.8 3.4 3.7 2.2 2.0.
        // R: Kruskal-Wallis chi-squared = 0.771428571428572, df = 2, p = 0.679964773578894.
        // No ties, so each distinct value is its own ordered category.
        double[][] groups = [[2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]];
        var values = groups.SelectMany(g => g).Distinct().Order().ToList();
        var table = new long[3, values.Count];
        for (var g = 0; g < 3; g++)
        {
            foreach (var value in groups[g])
            {
                table[g, values.IndexOf(value)]++;
            }
        }

        var test = KruskalWallis.Test(table)!;

        Assert.Equal(0.771428571428572, test.Statistic, 12);
        Assert.Equal(2, test.DegreesOfFreedom);
        Assert.Equal(0.679964773578894, test.PValue, 12);
    }

    [Fact]
    public void H_on_tied_Likert_answers_matches_R_with_tie_correction()
    {
        // Counts per point 1..5. R 4.2: kruskal.test(list(g1, g2, g3)) on the expanded answers
        // = 11.5199134199134, df = 2, p = 0.00315124801315461.
        long[,] table = { { 1, 2, 3, 4, 0 }, { 0, 0, 2, 3, 5 }, { 4, 2, 0, 0, 1 } };

        var test = KruskalWallis.Test(table)!;

        Assert.Equal(11.5199134199134, test.Statistic, 10);
        Assert.Equal(0.00315124801315461, test.PValue, 12);
    }

    [Fact]
    public void H_when_everyone_gives_the_same_answer_is_undefined() =>
        Assert.Null(KruskalWallis.Test(new long[,] { { 0, 3, 0 }, { 0, 5, 0 } }));

    [Fact]
    public void H_with_one_group_present_is_undefined() =>
        Assert.Null(KruskalWallis.Test(new long[,] { { 1, 3, 2 }, { 0, 0, 0 } }));
}

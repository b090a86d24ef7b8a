namespace ConsensusLab.Statistics.Tests.Exact;

public sealed class SampleQuantileTests
{
    // Reference/exact_reference.R: quantile(pos, c(.25, .5, .75), type = 2 | 6 | 7).
    [Theory]
    [InlineData(SampleQuantileType.Type2, -0.31, 0.25, 0.45665)]
    [InlineData(SampleQuantileType.Type6, -0.405, 0.25, 0.518325)]
    [InlineData(SampleQuantileType.Type7, -0.215, 0.25, 0.394975)]
    public void Quartiles_of_exact_positions_match_R(SampleQuantileType type, double lower, double median, double upper)
    {
        var quartiles = Quartiles.Of(ExactExample.Positions, type)!;

        Assert.Equal(type, quartiles.Type);
        Assert.Equal([lower, median, upper], new[] { quartiles.Lower, quartiles.Median, quartiles.Upper }, Tolerance.TwelveDigits);
    }

    // Reference/exact_reference.R: five-point answers where the types disagree on IQR ≤ 1 (the default limit).
    [Theory]
    [InlineData(new double[] { 2, 3, 3, 3, 4, 4, 4, 5, 5 }, SampleQuantileType.Type2, 3, 4, 4, true)]
    [InlineData(new double[] { 2, 3, 3, 3, 4, 4, 4, 5, 5 }, SampleQuantileType.Type6, 3, 4, 4.5, false)]
    [InlineData(new double[] { 2, 3, 3, 3, 4, 4, 4, 5, 5 }, SampleQuantileType.Type7, 3, 4, 4, true)]
    [InlineData(new double[] { 3, 3, 4, 4, 4, 4, 5, 5 }, SampleQuantileType.Type2, 3.5, 4, 4.5, true)]
    [InlineData(new double[] { 3, 3, 4, 4, 4, 4, 5, 5 }, SampleQuantileType.Type6, 3.25, 4, 4.75, false)]
    [InlineData(new double[] { 3, 3, 4, 4, 4, 4, 5, 5 }, SampleQuantileType.Type7, 3.75, 4, 4.25, true)]
    [InlineData(new double[] { 2, 3, 3, 4, 4, 4, 5, 5, 5, 5 }, SampleQuantileType.Type2, 3, 4, 5, false)]
    [InlineData(new double[] { 2, 3, 3, 4, 4, 4, 5, 5, 5, 5 }, SampleQuantileType.Type6, 3, 4, 5, false)]
    [InlineData(new double[] { 2, 3, 3, 4, 4, 4, 5, 5, 5, 5 }, SampleQuantileType.Type7, 3.25, 4, 5, false)]
    public void Delphi_IQR_flag_follows_each_type(double[] answers, SampleQuantileType type, double lower, double median, double upper, bool concentrated)
    {
        var quartiles = Quartiles.Of(answers, type)!;

        Assert.Equal(new Quartiles(type, lower, median, upper), quartiles);
        Assert.Equal(concentrated, quartiles.IsConcentrated(DelphiCriteria.Default, points: 5));
    }

    [Fact]
    public void A_moderator_limit_moves_the_flag()
    {
        // Type 6 IQR 1.5 misses the default limit 1 but meets a limit of 1.5.
        var quartiles = Quartiles.Of([2, 3, 3, 3, 4, 4, 4, 5, 5], SampleQuantileType.Type6)!;

        Assert.True(quartiles.IsConcentrated(new DelphiCriteria(MaximumInterquartileRange: 1.5), points: 5));
    }

    [Theory]
    [InlineData(SampleQuantileType.Type2, 0.0, 1.0)]
    [InlineData(SampleQuantileType.Type6, 0.0, 1.0)]
    [InlineData(SampleQuantileType.Type7, 1.0, 4.0)]
    [InlineData(SampleQuantileType.Type2, 0.5, 2.5)]
    [InlineData(SampleQuantileType.Type6, 0.1, 1.0)]
    [InlineData(SampleQuantileType.Type6, 0.9, 4.0)]
    public void Ends_and_steps_follow_R(SampleQuantileType type, double p, double expected) =>
        // R: quantile(c(4, 1, 3, 2), 0 | 1 | 0.5 | 0.1 | 0.9, type = …) = 1, 4, 2.5, 1, 4.
        Assert.Equal(expected, SampleQuantile.Of([4.0, 1.0, 3.0, 2.0], p, type));

    [Theory]
    [InlineData(SampleQuantileType.Type2)]
    [InlineData(SampleQuantileType.Type6)]
    [InlineData(SampleQuantileType.Type7)]
    public void No_answers_give_null_one_answer_or_identical_answers_give_that_answer(SampleQuantileType type)
    {
        Assert.Null(Quartiles.Of([], type));
        Assert.Equal(new Quartiles(type, 3, 3, 3), Quartiles.Of([3.0], type));
        Assert.Equal(0.0, Quartiles.Of([4.0, 4.0, 4.0], type)!.InterquartileRange);
    }
}

namespace ConsensusLab.Statistics.Tests.Survey;

public sealed class WeightTrimmingTests
{
    [Fact]
    public void Trimming_matches_R_survey_trimWeights_strict_and_keeps_the_total()
    {
        var weights = SurveyExample.Raked.ToArray();

        new WeightTrimming(0.5, 1.5).Apply(weights);

        Assert.Equal(SurveyExample.RakedAndTrimmed, weights, new Tolerance(1e-9));
        Assert.Equal(SurveyExample.Raked.Sum(), weights.Sum(), 12);
    }

    [Fact]
    public void Weights_within_the_bounds_are_left_alone()
    {
        double[] weights = [0.8, 1.2, 1.0];

        new WeightTrimming(0.5, 1.5).Apply(weights);

        Assert.Equal([0.8, 1.2, 1.0], weights);
    }

    [Fact]
    public void Zero_weights_stay_zero_and_do_not_count_in_the_mean()
    {
        // The mean of the positive weights is 4/3 (zeros left out), the upper bound 8/3: 3.0 loses 1/3, shared by the two 0.5s.
        double[] weights = [0, 3.0, 0.5, 0.5, 0];

        new WeightTrimming(0, 2).Apply(weights);

        Assert.Equal([0, 8.0 / 3, 2.0 / 3, 2.0 / 3, 0], weights, Tolerance.TwelveDigits);
    }

    [Fact]
    public void Bounds_that_leave_every_weight_outside_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WeightTrimming(0.8, 1.2).Apply([0.5, 1.5]));

    [Theory]
    [InlineData(-0.1, 2)]
    [InlineData(1.1, 2)]
    [InlineData(0.5, 0.9)]
    [InlineData(0.5, double.NaN)]
    public void Bounds_that_exclude_the_mean_are_rejected(double lower, double upper) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WeightTrimming(lower, upper));
}

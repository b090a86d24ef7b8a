namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class SarleBimodalityTests
{
    // Reference values from SciPy 1.10 (Debian python3-scipy): skew(bias=False) and kurtosis(bias=False) are SAS's
    // G1 and G2; BC = (G1² + 1) / (G2 + 3(n − 1)²/((n − 2)(n − 3))).
    // Two camps (12 answers): G1 = −0.242513, G2 = −2.153874, BC = 0.563360 > 5/9.
    // One skewed camp (5 answers): G1 = 1.118080, G2 = 1.455577, BC = 0.237966.
    [Theory]
    [InlineData(new[] { -1, -1, -0.9, -0.8, -0.8, 0.7, 0.8, 0.9, 1, 1, 1, 0.2 }, 0.563360113251646)]
    [InlineData(new[] { 0.1, 0.2, 0.2, 0.3, 0.5 }, 0.2379656832919006)]
    public void Coefficient_matches_SciPy_bias_corrected_moments(double[] answers, double expected)
    {
        var weights = answers.Select(_ => 1.0).ToArray();

        Assert.Equal(expected, SarleBimodality.Coefficient(answers, weights, answers.Length)!.Value, 9);
    }

    [Fact]
    public void Split_room_is_flagged_on_the_position_meter()
    {
        int[] cells = [0, 0, 10, 20, 20, 170, 180, 190, 200, 200, 200, 120];
        var tally = TallyFactory.SingleCell(new Scale(ScaleKind.Position, 0), ["GOV"], cells);

        var shape = MeterCalculator.Compute(tally, Weighting.Headcount).Overall.PositionShape!;

        Assert.Equal(0.563360113251646, shape.BimodalityCoefficient!.Value, 9);
        Assert.True(shape.SplitRoom);
    }

    [Fact]
    public void Coefficient_needs_more_than_three_respondents() =>
        Assert.Null(SarleBimodality.Coefficient([0.0, 1.0], [2.0, 1.0], 3));

    [Fact]
    public void Coefficient_of_identical_answers_is_undefined() =>
        Assert.Null(SarleBimodality.Coefficient([0.3], [10.0], 10));
}

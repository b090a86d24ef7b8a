namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class EstebanRayTests
{
    [Theory]
    // Even split between the ends: K · 2 · (1/2)^(1+α) · (1/2) · 1 = 1 with K = 2^(1+α), for any α.
    [InlineData(new[] { 1.0, 0, 0, 0, 1 }, new[] { 0, 0.25, 0.5, 0.75, 1 }, 1.3, 1.0)]
    [InlineData(new[] { 1.0, 0, 0, 0, 1 }, new[] { 0, 0.25, 0.5, 0.75, 1 }, 1.0, 1.0)]
    // Two equal halves a distance d apart score d: here 0.25.
    [InlineData(new[] { 1.0, 1, 0, 0, 0 }, new[] { 0, 0.25, 0.5, 0.75, 1 }, 1.3, 0.25)]
    [InlineData(new[] { 0.0, 0, 3, 0, 0 }, new[] { 0, 0.25, 0.5, 0.75, 1 }, 1.3, 0.0)]
    // Shares .2, .5, .3 at 0, ½, 1: the double sum evaluated directly in Python = 0.4558324722499923.
    [InlineData(new[] { 0.2, 0.5, 0.3 }, new[] { 0, 0.5, 1 }, 1.3, 0.4558324722499923)]
    // α = 0, no identification: 2 Σ Σ π_i π_j |y_i − y_j| = 0.74 (further_measures.py, block "Esteban-Ray").
    [InlineData(new[] { 0.2, 0.5, 0.3 }, new[] { 0, 0.5, 1 }, 0.0, 0.74)]
    [InlineData(new[] { 1.0, 0, 0, 0, 1 }, new[] { 0, 0.25, 0.5, 0.75, 1 }, 0.0, 1.0)]
    public void Polarization_is_scaled_so_an_even_split_between_the_ends_is_one(double[] shares, double[] positions,
        double alpha, double expected) =>
        Assert.Equal(expected, EstebanRay.Polarization(shares, positions, alpha)!.Value, 12);

    [Fact]
    public void Polarization_without_respondents_is_undefined() =>
        Assert.Null(EstebanRay.Polarization([0.0, 0.0], [0.0, 1.0]));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.7)]
    [InlineData(double.NaN)]
    public void Alpha_outside_Esteban_Ray_range_is_rejected(double alpha) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EstebanRay.Polarization([1.0, 1.0], [0.0, 1.0], alpha));
}

namespace ConsensusLab.Statistics.Tests.Metrics;

/// <summary>
/// Tastle–Wierman, van der Eijk and Leik share one worked example: the frequency vector (30, 40, 210, 130, 530, 50, 10)
/// documented in Ruedin's R package agrmt (functions consensus, agreement and Leik), which reproduces van der Eijk's
/// (2001) example. agrmt gives Cns 0.7256876, A 0.6113333 and Leik 0.287; recomputed independently in Python
/// (straight from the published formulas) as 0.7256876139593463, 0.6113333333333333 and 0.2866666666666666.
/// </summary>
public sealed class OrdinalDispersionTests
{
    private static readonly double[] Agrmt = [30, 40, 210, 130, 530, 50, 10];

    [Fact]
    public void Tastle_Wierman_matches_the_agrmt_example() =>
        Assert.Equal(0.7256876139593463, TastleWierman.Consensus(Agrmt)!.Value, 12);

    [Theory]
    // Everyone alike, also at an extreme: 1. Split between the extremes: log2(1/2) = −1, so 0.
    [InlineData(new[] { 0.0, 0, 7, 0, 0 }, 1.0)]
    [InlineData(new[] { 9.0, 0, 0, 0, 0 }, 1.0)]
    [InlineData(new[] { 1.0, 0, 0, 0, 1 }, 0.0)]
    // Uniform on 5 points, by hand: 1 + 0.2 (2 log2 0.5 + 2 log2 0.75) = 0.433985.
    [InlineData(new[] { 1.0, 1, 1, 1, 1 }, 0.43398500028846243)]
    // Width, not observed range: half on points 2 and 3 of 5 gives 1 + log2(1 − 0.5/4) = 0.807355, where the observed
    // range (1) would give 0.
    [InlineData(new[] { 0.0, 1, 1, 0, 0 }, 0.8073549220576042)]
    public void Tastle_Wierman_uses_the_scale_width(double[] frequencies, double expected) =>
        Assert.Equal(expected, TastleWierman.Consensus(frequencies)!.Value, 12);

    [Fact]
    public void Van_der_Eijk_matches_the_agrmt_example() =>
        Assert.Equal(0.6113333333333333, VanDerEijk.Agreement(Agrmt)!.Value, 12);

    [Theory]
    [InlineData(new[] { 0.0, 0, 5, 0, 0 }, 1.0)]
    [InlineData(new[] { 1.0, 1, 1, 1, 1 }, 0.0)]
    [InlineData(new[] { 4.0, 0, 0, 0, 4 }, -1.0)]
    // Pattern 11000 of K = 5: TU = 3, TDU = 0, U = 1; A = 1 − (2 − 1)/(5 − 1) = 0.75.
    [InlineData(new[] { 2.0, 2, 0, 0, 0 }, 0.75)]
    public void Van_der_Eijk_runs_from_polarised_to_unanimous(double[] frequencies, double expected) =>
        Assert.Equal(expected, VanDerEijk.Agreement(frequencies)!.Value, 12);

    [Fact]
    public void Leik_matches_the_agrmt_example() =>
        Assert.Equal(0.287, Leik.Dispersion(Agrmt)!.Value, 3);

    [Theory]
    [InlineData(new[] { 0.0, 3, 0, 0, 0 }, 0.0)]
    [InlineData(new[] { 1.0, 0, 0, 0, 1 }, 1.0)]
    // Uniform: F = .2, .4, .6, .8 -> d = .2, .4, .4, .2; 2 · 1.2 / 4 = 0.6.
    [InlineData(new[] { 1.0, 1, 1, 1, 1 }, 0.6)]
    public void Leik_runs_from_unanimous_to_split(double[] frequencies, double expected) =>
        Assert.Equal(expected, Leik.Dispersion(frequencies)!.Value, 12);

    [Fact]
    public void Ordinal_measures_without_respondents_are_undefined()
    {
        double[] empty = [0, 0, 0, 0, 0];
        Assert.Null(TastleWierman.Consensus(empty));
        Assert.Null(VanDerEijk.Agreement(empty));
        Assert.Null(Leik.Dispersion(empty));
    }
}

namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class FTestTests
{
    // R: pf(2.5, 2, 9, lower.tail = FALSE); pf(3, 1.5, 20.3, ...); pf(40, 3, 50, ...) (Reference/exact_reference.R).
    [Theory]
    [InlineData(2.5, 2, 9, 0.136935209927172)]
    [InlineData(3, 1.5, 20.3, 0.0843146424186533)]
    [InlineData(40, 3, 50, 2.50430450842693e-13)]
    [InlineData(0, 2, 9, 1.0)]
    public void Upper_tail_matches_R_pf(double statistic, double numerator, double denominator, double p)
    {
        var test = FTest.Of(statistic, numerator, denominator);

        Assert.Equal(p, test.PValue, p * 1e-10 + 1e-15);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(2, 0)]
    [InlineData(double.NaN, 5)]
    public void Degrees_of_freedom_must_be_positive(double numerator, double denominator) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FTest.Of(1, numerator, denominator));
}

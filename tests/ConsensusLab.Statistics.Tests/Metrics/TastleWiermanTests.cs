namespace ConsensusLab.Statistics.Tests.Metrics;

/// <summary>
/// Dissention and strength of consensus (Tastle and Wierman 2007). Reference values: the 2007 definitions evaluated
/// directly by tests/ConsensusLab.Statistics.Tests/Reference/further_measures.py (block "Tastle-Wierman").
/// </summary>
public sealed class TastleWiermanTests
{
    [Theory]
    // agrmt's example: Cns 0.7256876139593463 (OrdinalDispersionTests), so Dis = 0.2743123860406537.
    [InlineData(new[] { 30.0, 40, 210, 130, 530, 50, 10 }, 0.2743123860406537)]
    [InlineData(new[] { 0.0, 0, 7, 0, 0 }, 0.0)]
    [InlineData(new[] { 1.0, 0, 0, 0, 1 }, 1.0)]
    public void Dissention_is_one_minus_consensus(double[] frequencies, double expected)
    {
        Assert.Equal(expected, TastleWierman.Dissention(frequencies)!.Value, 12);
        Assert.Equal(1.0, TastleWierman.Dissention(frequencies)!.Value + TastleWierman.Consensus(frequencies)!.Value, 12);
    }

    [Theory]
    [InlineData(new[] { 0.0, 0, 0, 0, 1 }, 5.0, 1.0)]
    [InlineData(new[] { 1.0, 0, 0, 0, 0 }, 5.0, 0.0)]
    [InlineData(new[] { 0.1, 0.2, 0.3, 0.2, 0.2 }, 5.0, 0.6013453536053401)]
    [InlineData(new[] { 0.1, 0.2, 0.3, 0.2, 0.2 }, 1.0, 0.50134535360534)]
    [InlineData(new[] { 1.0, 0, 0, 0, 1 }, 3.0, 0.5849625007211562)]
    [InlineData(new[] { 2.0, 3, 1, 0, 4 }, 4.0, 0.6435518302226213)]
    public void Strength_of_consensus_measures_closeness_to_the_target(double[] frequencies, double target, double expected) =>
        Assert.Equal(expected, TastleWierman.StrengthOfConsensus(frequencies, target)!.Value, 12);

    [Fact]
    public void Strength_of_consensus_without_respondents_is_undefined()
    {
        Assert.Null(TastleWierman.StrengthOfConsensus([0.0, 0, 0, 0, 0], 5));
        Assert.Null(TastleWierman.Dissention([0.0, 0, 0]));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(5.5)]
    [InlineData(double.NaN)]
    public void Target_off_the_scale_is_rejected(double target) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TastleWierman.StrengthOfConsensus([1.0, 1, 1, 1, 1], target));
}

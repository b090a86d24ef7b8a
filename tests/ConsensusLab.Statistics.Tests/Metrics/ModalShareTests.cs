namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class ModalShareTests
{
    [Theory]
    [InlineData(new[] { 0.0, 5, 0 }, 1.0)]
    [InlineData(new[] { 1.0, 2, 1 }, 0.5)]
    // A tie for the mode: either category gives 2/5.
    [InlineData(new[] { 2.0, 1, 2 }, 0.4)]
    [InlineData(new[] { 1.0, 1, 1, 1 }, 0.25)]
    public void Modal_share_is_the_largest_share(double[] frequencies, double expected) =>
        Assert.Equal(expected, ModalShare.Of(frequencies)!.Value, 12);

    [Fact]
    public void Modal_share_without_respondents_is_undefined()
    {
        Assert.Null(ModalShare.Of([0.0, 0.0]));
        Assert.Null(ModalShare.Of([]));
    }
}

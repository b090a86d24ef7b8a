namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class TopTwoBoxTests
{
    [Theory]
    [InlineData(0.69, false, false, false)]
    [InlineData(0.70, true, false, false)]
    [InlineData(0.75, true, true, false)]
    [InlineData(0.80, true, true, true)]
    [InlineData(1.00, true, true, true)]
    // 7 of 10 computed through weights can land just below 0.70; it still meets 70 %.
    [InlineData(0.7 - 1e-15, true, false, false)]
    public void Flags_say_which_thresholds_the_share_reaches(double share, bool reaches70, bool reaches75, bool reaches80) =>
        Assert.Equal(new TopTwoBox(reaches70, reaches75, reaches80), TopTwoBox.Of(share));

    [Fact]
    public void Flags_of_an_undefined_share_are_undefined() => Assert.Null(TopTwoBox.Of(null));
}

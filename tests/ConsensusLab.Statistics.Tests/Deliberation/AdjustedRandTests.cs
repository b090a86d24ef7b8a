using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Statistics.Tests.Deliberation;

public sealed class AdjustedRandTests
{
    [Theory]
    // The same partition under other labels.
    [InlineData(new[] { 0, 0, 1, 1, 2, 2 }, new[] { 5, 5, 3, 3, 9, 9 }, 1.0)]
    // Hubert & Arabie by hand: table [[2,1],[0,3]] (a = 3,3; b = 2,4): index 1 + 3 = 4, rows 6, columns 1 + 6 = 7,
    // expected 6 × 7 / 15 = 2.8, maximum 6.5: (4 − 2.8) / (6.5 − 2.8) = 1.2 / 3.7.
    [InlineData(new[] { 0, 0, 0, 1, 1, 1 }, new[] { 0, 0, 1, 1, 1, 1 }, 1.2 / 3.7)]
    // Crossed halves: index 0, rows 2, columns 2, expected 4/6, maximum 2: −(2/3) / (4/3) = −½.
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 1, 0, 1 }, -0.5)]
    // Everything in one cluster on both sides: the partitions agree.
    [InlineData(new[] { 1, 1, 1 }, new[] { 4, 4, 4 }, 1.0)]
    public void Index_matches_the_hand_computation(int[] a, int[] b, double expected) =>
        Assert.Equal(expected, AdjustedRand.Index(a, b), 12);

    [Fact]
    public void Labellings_of_different_lengths_are_rejected() =>
        Assert.Throws<ArgumentException>(() => AdjustedRand.Index([0, 1], [0]));
}

namespace ConsensusLab.Statistics.Tests.Metrics;

public sealed class JensenShannonTests
{
    [Fact]
    public void Identical_distributions_diverge_by_zero_bits()
    {
        double[] p = [0.1, 0.2, 0.3, 0.4];
        Assert.Equal(0.0, JensenShannon.Bits([p, p, p], [1.0, 2.0, 3.0])!.Value, 12);
    }

    [Fact]
    public void Two_disjoint_equally_weighted_distributions_diverge_by_one_bit() =>
        Assert.Equal(1.0, JensenShannon.Bits([[1.0, 0.0], [0.0, 1.0]], [5.0, 5.0])!.Value, 12);

    [Fact]
    public void Four_disjoint_equally_weighted_distributions_diverge_by_two_bits() =>
        Assert.Equal(2.0, JensenShannon.Bits([[1.0, 0, 0, 0], [0, 1.0, 0, 0], [0, 0, 1.0, 0], [0, 0, 0, 1.0]], [1.0, 1, 1, 1])!.Value, 12);

    [Fact]
    public void Weights_shift_the_divergence_to_the_binary_entropy_of_the_weights()
    {
        // Disjoint supports: JSD = H(pi) = H(0.25, 0.75) = 0.811278 bits.
        Assert.Equal(0.8112781244591328, JensenShannon.Bits([[1.0, 0.0], [0.0, 1.0]], [1.0, 3.0])!.Value, 12);
    }

    [Theory]
    // SciPy 1.10 scipy.spatial.distance.jensenshannon(p, q, base=2) (further_measures.py, block "Jensen-Shannon").
    [InlineData(new[] { 0.5, 0.5, 0.0 }, new[] { 0.0, 0.1, 0.9 }, 0.8972141737096521)]
    [InlineData(new[] { 1.0, 0.0 }, new[] { 0.0, 1.0 }, 1.0)]
    [InlineData(new[] { 0.2, 0.3, 0.5 }, new[] { 0.2, 0.3, 0.5 }, 0.0)]
    public void Distance_of_two_equally_weighted_distributions_matches_SciPy(double[] p, double[] q, double expected) =>
        Assert.Equal(expected, JensenShannon.Distance([p, q], [1.0, 1.0])!.Value, 12);

    [Fact]
    public void Distance_without_weight_is_undefined() =>
        Assert.Null(JensenShannon.Distance([[1.0, 0.0], [0.0, 1.0]], [0.0, 0.0]));

    [Fact]
    public void Zero_weight_distribution_is_left_out() =>
        Assert.Equal(0.0, JensenShannon.Bits([[1.0, 0.0], [0.0, 1.0]], [1.0, 0.0])!.Value, 12);

    [Fact]
    public void Divergence_without_weight_is_undefined() =>
        Assert.Null(JensenShannon.Bits([[1.0, 0.0], [0.0, 1.0]], [0.0, 0.0]));
}

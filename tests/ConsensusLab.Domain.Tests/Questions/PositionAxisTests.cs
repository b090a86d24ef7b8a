using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Domain.Tests.Questions;

public sealed class PositionAxisTests
{
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(-1.0, -1.0)]
    [InlineData(0.123, 0.12)]
    [InlineData(0.126, 0.13)]
    [InlineData(-0.994, -0.99)]
    [InlineData(-0.996, -1.0)]
    [InlineData(0.999, 1.0)]
    [InlineData(0.3333333, 0.33)]
    public void Position_is_kept_to_a_hundredth(double given, double kept) =>
        Assert.Equal(kept, PositionAxis.Quantize(given), 12);

    [Theory]
    [InlineData(0.123)]
    [InlineData(-0.777)]
    [InlineData(0.5)]
    public void Quantizing_twice_changes_nothing(double position)
    {
        var once = PositionAxis.Quantize(position);

        Assert.Equal(once, PositionAxis.Quantize(once));
    }

    [Fact]
    public void Default_axis_runs_from_evolution_to_creation_without_a_status_quo()
    {
        Assert.Equal("Evolve existing structures", PositionAxis.EvolutionCreation.Left);
        Assert.Equal("Create new structures", PositionAxis.EvolutionCreation.Right);
        Assert.Null(PositionAxis.EvolutionCreation.StatusQuo);
    }
}

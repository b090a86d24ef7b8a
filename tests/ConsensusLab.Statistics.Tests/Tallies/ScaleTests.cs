namespace ConsensusLab.Statistics.Tests.Tallies;

public sealed class ScaleTests
{
    [Theory]
    [InlineData(ScaleKind.Ordinal, 5, 5)]
    [InlineData(ScaleKind.Ordinal, 7, 7)]
    [InlineData(ScaleKind.Nominal, 3, 3)]
    [InlineData(ScaleKind.MultipleChoice, 6, 6)]
    [InlineData(ScaleKind.Position, 0, 201)]
    [InlineData(ScaleKind.Ranking, 4, 16)]
    public void Cell_count_follows_the_kind_of_scale(ScaleKind kind, int options, int cells) =>
        Assert.Equal(cells, new Scale(kind, options).CellCount);

    [Theory]
    [InlineData(-1.0, 0)]
    [InlineData(0.0, 100)]
    [InlineData(1.0, 200)]
    [InlineData(0.3, 130)]
    [InlineData(-0.285, 72)]
    [InlineData(0.004, 100)]
    public void Position_is_quantised_to_the_nearest_hundredth(double value, int cell) =>
        Assert.Equal(cell, Scale.PositionCell(value));

    [Theory]
    [InlineData(0, -1.0)]
    [InlineData(100, 0.0)]
    [InlineData(130, 0.3)]
    [InlineData(200, 1.0)]
    public void Position_cell_maps_back_to_its_value(int cell, double value) =>
        Assert.Equal(value, Scale.PositionValue(cell), 12);

    [Theory]
    [InlineData(-1.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Position_off_the_axis_is_rejected(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Scale.PositionCell(value));

    [Theory]
    [InlineData(ScaleKind.Ordinal, 3)]
    [InlineData(ScaleKind.Nominal, 1)]
    [InlineData(ScaleKind.Ranking, 65)]
    [InlineData(ScaleKind.MultipleChoice, 0)]
    public void Scale_with_unusable_option_count_is_rejected(ScaleKind kind, int options) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Scale(kind, options));

    [Fact]
    public void Status_quo_off_the_axis_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Scale(ScaleKind.Position, 0, 1.5));
}

namespace ConsensusLab.Statistics.Tests.Meters;

/// <summary>
/// Polarization on the position axis is read in thirds (evolve [−1, −0.34], middle [−0.33, +0.33], create [+0.34, +1]),
/// so a room split into two camps reads as split even when nobody in a camp gives the same answer (issue 11).
/// </summary>
public sealed class PositionPolarizationTests
{
    private static readonly Scale Axis = new(ScaleKind.Position, 0);

    private static double? Polarization(params double[] answers)
    {
        var tally = new QuestionTally(Axis, ["CS"]);
        foreach (var answer in answers)
        {
            tally.Add(0, [Scale.PositionCell(answer)]);
        }

        return MeterCalculator.Compute(tally.Snapshot(1), Weighting.Headcount).Overall.Polarization;
    }

    [Fact]
    public void A_room_split_into_two_camps_with_nobody_answering_alike_reads_fully_polarized()
    {
        // Ten answers, none on the same slider cell: five between −0.8 and −0.4, five between +0.4 and +0.8. Over the
        // 201 cells Esteban–Ray gives 0.08 (and less the larger the room); in thirds the room is half "evolve", half "create": exactly 1.
        var split = Polarization(-0.8, -0.7, -0.6, -0.5, -0.4, 0.4, 0.5, 0.6, 0.7, 0.8);

        Assert.Equal(1.0, split!.Value, 12);
    }

    [Fact]
    public void A_room_in_one_camp_reads_unpolarized_however_spread_inside_the_camp()
    {
        Assert.Equal(0.0, Polarization(0.34, 0.5, 0.66, 0.8, 1.0)!.Value, 12);
        Assert.Equal(0.0, Polarization(-0.33, -0.1, 0.0, 0.2, 0.33)!.Value, 12);
    }

    [Theory]
    // The edges of the thirds are −0.34 | −0.33 and +0.33 | +0.34: 67 cells each.
    [InlineData(-0.34, 0.0, 0.5)]
    [InlineData(-0.33, 0.0, 0.0)]
    [InlineData(0.33, 0.0, 0.0)]
    [InlineData(0.34, 0.0, 0.5)]
    [InlineData(-1.0, 1.0, 1.0)]
    public void The_thirds_meet_between_adjacent_hundredths(double first, double second, double distance)
    {
        // Two equal halves a distance d apart score d (K = 2^(1+α)); d = ½ between neighbouring thirds.
        Assert.Equal(distance, Polarization(first, second)!.Value, 12);
    }

    [Fact]
    public void A_split_room_reads_more_polarized_than_a_room_gathered_in_the_middle()
    {
        // Shares .4 evolve, .2 middle, .4 create against .1, .8, .1 (the double sum in Python: 0.6472 and 0.3194).
        var split = Polarization(-0.9, -0.6, -0.5, -0.35, 0.0, 0.1, 0.35, 0.5, 0.6, 0.9)!.Value;
        var gathered = Polarization(-0.5, -0.3, -0.2, -0.1, 0.0, 0.0, 0.1, 0.2, 0.3, 0.5)!.Value;

        Assert.Equal(EstebanRay.Polarization([0.4, 0.2, 0.4], [0, 0.5, 1])!.Value, split, 12);
        Assert.Equal(EstebanRay.Polarization([0.1, 0.8, 0.1], [0, 0.5, 1])!.Value, gathered, 12);
        Assert.Equal(0.6471771053541496, split, 12);
        Assert.Equal(0.3194463853251396, gathered, 12);
    }

    [Fact]
    public void Polarization_of_an_empty_axis_is_undefined() => Assert.Null(Polarization());
}

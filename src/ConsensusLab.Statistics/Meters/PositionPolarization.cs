namespace ConsensusLab.Statistics;

/// <summary>
/// Esteban–Ray polarization of the position axis, read in thirds: "evolve" [−1, −0.34], "middle" [−0.33, +0.33] and
/// "create" [+0.34, +1], 67 slider cells each, placed at 0, ½ and 1 like the points of a three-point scale.
/// Esteban and Ray's identification term rewards answers that fall in the same category; over the 201 slider cells a
/// camp whose members answer a few hundredths apart shares no cell, so a room split into two camps read 0.00. The
/// thirds are the axis' own reading (evolve, neither, create) and the coarsest grid that keeps the centre apart.
/// </summary>
internal static class PositionPolarization
{
    /// <summary>The number of categories the axis is read in.</summary>
    public const int Bands = 3;

    /// <summary>Slider cells per third: 201 = 3 × 67, so the thirds are exactly symmetric about 0.</summary>
    public const int CellsPerBand = Scale.PositionCells / Bands;

    private static readonly double[] Positions = [0.0, 0.5, 1.0];

    /// <summary>Polarization of weighted position cells; null when nothing carries weight.</summary>
    public static double? Of(ReadOnlySpan<double> cellWeights, double alpha)
    {
        Span<double> bands = stackalloc double[Bands];
        for (var cell = 0; cell < cellWeights.Length; cell++)
        {
            bands[cell / CellsPerBand] += cellWeights[cell];
        }

        return EstebanRay.Polarization(bands, Positions, alpha);
    }
}

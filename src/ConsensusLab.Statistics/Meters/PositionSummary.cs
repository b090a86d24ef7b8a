namespace ConsensusLab.Statistics;

/// <summary>Weighted summary of answers on the evolve (-1) .. create (+1) axis.</summary>
/// <param name="Mean">Weighted mean position.</param>
/// <param name="StandardDeviation">Weighted standard deviation, population form (divides by the total weight).</param>
/// <param name="Median">Weighted median (Hyndman and Fan type 7 generalised to weights; see docs/statistics.md).</param>
/// <param name="ShareBelowStatusQuo">Weighted share strictly below the status quo; null when the scale has none.</param>
/// <param name="ShareAboveStatusQuo">Weighted share strictly above the status quo; null when the scale has none.</param>
public sealed record PositionSummary(double? Mean, double? StandardDeviation, double? Median,
    double? ShareBelowStatusQuo, double? ShareAboveStatusQuo);

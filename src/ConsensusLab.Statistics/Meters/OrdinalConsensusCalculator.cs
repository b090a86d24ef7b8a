using System.Collections.Concurrent;

namespace ConsensusLab.Statistics;

/// <summary>Ordinal consensus figures of pooled, weighted tallies.</summary>
internal static class OrdinalConsensusCalculator
{
    // Immutable lookup tables per scale size, filled once; safe to share between grains.
    private static readonly ConcurrentDictionary<int, double[]> PointValues = new();
    private static readonly ConcurrentDictionary<int, double[]> Positions = new();

    public static OrdinalConsensus Of(WeightedTally tally, Proportion agree, Proportion disagree, DelphiCriteria delphi)
    {
        var k = tally.Scale.Options;
        if (!tally.HasWeight)
        {
            return new OrdinalConsensus(null, null, null, null, null, null, null, ConsensusVerdict.Undefined);
        }

        var points = PointValues.GetOrAdd(k, n => Enumerable.Range(1, n).Select(i => (double)i).ToArray());
        var lower = WeightedQuantile.Of(points, tally.CellWeights, tally.CellCounts, 0.25);
        var median = WeightedQuantile.Of(points, tally.CellWeights, tally.CellCounts, 0.5);
        var upper = WeightedQuantile.Of(points, tally.CellWeights, tally.CellCounts, 0.75);
        var iqr = upper - lower;
        return new OrdinalConsensus(
            TastleWierman.Consensus(tally.CellWeights),
            VanDerEijk.Agreement(tally.CellWeights),
            Leik.Dispersion(tally.CellWeights),
            median,
            lower,
            upper,
            iqr,
            delphi.Verdict(k, iqr, agree.Estimate, disagree.Estimate))
        {
            StrengthFor = TastleWierman.StrengthOfConsensus(tally.CellWeights, k),
            StrengthAgainst = TastleWierman.StrengthOfConsensus(tally.CellWeights, 1),
            TopTwoBox = TopTwoBox.Of(agree.Estimate),
        };
    }

    /// <summary>Likert point a of k placed at a/(k − 1) on [0, 1], for Esteban–Ray.</summary>
    public static double[] UnitPositions(int points) =>
        Positions.GetOrAdd(points, n => Enumerable.Range(0, n).Select(i => i / (n - 1.0)).ToArray());
}

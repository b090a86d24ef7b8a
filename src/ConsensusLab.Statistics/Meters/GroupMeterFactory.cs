namespace ConsensusLab.Statistics;

/// <summary>Builds one <see cref="GroupMeter"/> from pooled, weighted tallies.</summary>
internal static class GroupMeterFactory
{
    public static GroupMeter Create(string group, WeightedTally tally, double totalWeight, MeterOptions options)
    {
        var scale = tally.Scale;
        var confidence = options.Confidence;
        Proportion? agree = null;
        Proportion? disagree = null;
        if (scale.Kind == ScaleKind.Ordinal)
        {
            agree = tally.HasWeight ? WilsonInterval.Of(tally.Share(scale.Options - 2, 2), tally.EffectiveN, confidence) : Proportion.Undefined;
            disagree = tally.HasWeight ? WilsonInterval.Of(tally.Share(0, 2), tally.EffectiveN, confidence) : Proportion.Undefined;
        }

        var position = scale.Kind == ScaleKind.Position ? PositionSummaries.Of(tally) : null;
        var ranking = scale.Kind == ScaleKind.Ranking ? RankingSummaries.Of(tally) : [];
        return new GroupMeter(group, tally.Respondents, totalWeight, tally.EffectiveN, tally.Distribution(), agree,
            disagree, position, ranking)
        {
            DesignEffect = Kish.DesignEffect(tally.Respondents, tally.EffectiveN),
            OrdinalConsensus = scale.Kind == ScaleKind.Ordinal ? OrdinalConsensusCalculator.Of(tally, agree!, disagree!, options.DelphiRule) : null,
            Polarization = Polarization(tally, options.EstebanRayAlpha),
            ModalShare = scale.Kind is ScaleKind.Ordinal or ScaleKind.Nominal ? ModalShare.Of(tally.CellWeights) : null,
            PositionShape = scale.Kind == ScaleKind.Position ? PositionShapeOf(tally) : null,
            RankingConcordance = scale.Kind == ScaleKind.Ranking && !ranking.IsEmpty
                ? KendallW.FromMeanRanks(ranking.Select(item => item.MeanRank).ToArray(), tally.EffectiveN)
                : null,
        };
    }

    private static double? Polarization(WeightedTally tally, double alpha) => tally.Scale.Kind switch
    {
        ScaleKind.Ordinal => EstebanRay.Polarization(tally.CellWeights, OrdinalConsensusCalculator.UnitPositions(tally.Scale.Options), alpha),
        ScaleKind.Position => PositionPolarization.Of(tally.CellWeights, alpha),
        _ => null,
    };

    private static PositionShape PositionShapeOf(WeightedTally tally)
    {
        var coefficient = tally.HasWeight
            ? SarleBimodality.Coefficient(PositionSummaries.CellValues, tally.CellWeights, tally.EffectiveN)
            : null;
        return new PositionShape(coefficient, coefficient is { } bc ? bc > SarleBimodality.SplitThreshold : null);
    }
}

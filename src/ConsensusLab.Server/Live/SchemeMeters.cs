using ConsensusLab.Statistics;

namespace ConsensusLab.Server.Live;

/// <summary>A question's meters under each weighting scheme.</summary>
public sealed record SchemeMeters(QuestionMeters EqualFooting, QuestionMeters Headcount, QuestionMeters Custom)
{
    public static SchemeMeters Compute(TallySnapshot tally, IReadOnlyDictionary<string, double> customWeights) => new(
        MeterCalculator.Compute(tally, Weighting.EqualFooting),
        MeterCalculator.Compute(tally, Weighting.Headcount),
        MeterCalculator.Compute(tally, new Weighting(WeightingScheme.Custom, customWeights)));
}

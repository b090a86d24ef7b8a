using ConsensusLab.Statistics;

namespace ConsensusLab.Server.Live;

/// <summary>A question's meters under each weighting scheme.</summary>
public sealed record SchemeMeters(QuestionMeters EqualFooting, QuestionMeters Headcount, QuestionMeters Custom)
{
    /// <summary>Every scheme's meters, with the groups below the privacy threshold withheld.</summary>
    public static SchemeMeters Compute(TallySnapshot tally, IReadOnlyDictionary<string, double> customWeights, int privacyThreshold) => new(
        PrivateMeters.Compute(tally, Weighting.EqualFooting, privacyThreshold),
        PrivateMeters.Compute(tally, Weighting.Headcount, privacyThreshold),
        PrivateMeters.Compute(tally, new Weighting(WeightingScheme.Custom, customWeights), privacyThreshold));
}

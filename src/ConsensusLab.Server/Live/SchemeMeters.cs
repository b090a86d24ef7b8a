using ConsensusLab.Statistics;

namespace ConsensusLab.Server.Live;

/// <summary>A question's meters under each weighting scheme.</summary>
public sealed record SchemeMeters(QuestionMeters EqualFooting, QuestionMeters Headcount, QuestionMeters Custom)
{
    /// <summary>
    /// Every scheme's meters, with the groups below the privacy threshold withheld, "Other" as the moderator chose and
    /// the moderator's confidence level, Delphi rule and Esteban–Ray α.
    /// </summary>
    public static SchemeMeters Compute(TallySnapshot tally, IReadOnlyDictionary<string, double> customWeights, OtherGroups other,
        int privacyThreshold, MeterOptions options)
    {
        var meters = Weighting.Schemes(customWeights, other).Select(w => PrivateMeters.Compute(tally, w, privacyThreshold, options)).ToList();
        return new SchemeMeters(meters[0], meters[1], meters[2]);
    }
}

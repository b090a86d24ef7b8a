using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>The group schemes (equal footing, headcount, custom) as per-respondent weights.</summary>
public static class SchemeWeights
{
    /// <summary>
    /// Each respondent gets the weight the scheme gives one respondent of their stakeholder group, exactly as
    /// <see cref="Weighting.RespondentWeights(TallySnapshot)"/> gives it for the tally; so the weights sum to n
    /// (unless every group present is weighted zero) and raking can start from any scheme.
    /// </summary>
    public static RespondentWeights For(Weighting weighting, IReadOnlyList<RespondentProfile> respondents)
    {
        ArgumentNullException.ThrowIfNull(weighting);
        ArgumentNullException.ThrowIfNull(respondents);
        var groups = respondents
            .GroupBy(r => r.Group, StringComparer.Ordinal)
            .Select(g => (g.Key, (long)g.Count()))
            .ToArray();
        var perGroup = weighting.RespondentWeights(groups);
        var byGroup = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Length; g++)
        {
            byGroup[groups[g].Key] = perGroup[g];
        }

        return new RespondentWeights(
            respondents.ToImmutableArray(),
            respondents.Select(r => byGroup[r.Group]).ToImmutableArray());
    }
}

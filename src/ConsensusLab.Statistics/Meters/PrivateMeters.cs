using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>
/// Meters with small-cell suppression: a group with at least one but fewer than <c>threshold</c> respondents is
/// withheld, and the between-group figures are computed without it (a minimum over groups would otherwise reveal
/// it). The overall figures keep every respondent: they are the room's answer.
/// </summary>
public static class PrivateMeters
{
    public static QuestionMeters Compute(TallySnapshot tally, Weighting weighting, int threshold) =>
        Compute(tally, weighting, threshold, MeterOptions.Default);

    /// <summary>The meters with the moderator's parameters, groups below <paramref name="threshold"/> withheld.</summary>
    public static QuestionMeters Compute(TallySnapshot tally, Weighting weighting, int threshold, MeterOptions options)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var small = tally.Groups.Where(g => g.Respondents > 0 && g.Respondents < threshold).Select(g => g.Group).ToImmutableHashSet(StringComparer.Ordinal);
        return MeterCalculator.Compute(tally, weighting, options, small);
    }
}

using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>
/// Meters with small-cell suppression: a group with at least one but fewer than <c>threshold</c> respondents is
/// withheld, and the between-group figures are computed without it (a minimum over groups would otherwise reveal
/// it). The overall figures keep every respondent: they are the room's answer.
/// </summary>
public static class PrivateMeters
{
    public static QuestionMeters Compute(TallySnapshot tally, Weighting weighting, int threshold)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var full = MeterCalculator.Compute(tally, weighting);
        var small = tally.Groups.Where(g => g.Respondents > 0 && g.Respondents < threshold).Select(g => g.Group).ToHashSet(StringComparer.Ordinal);
        if (small.Count == 0)
            return full;
        var visible = tally with
        {
            Groups = [.. tally.Groups.Select(g => small.Contains(g.Group) ? g with { Respondents = 0, Cells = ImmutableArray.Create(new long[g.Cells.Length]) } : g)],
        };
        var withoutSmall = MeterCalculator.Compute(visible, weighting);
        return full with
        {
            Groups = [.. full.Groups.Select(g => small.Contains(g.Group) ? GroupMeter.SuppressedFor(g.Group) : g)],
            CrossGroup = withoutSmall.CrossGroup,
            BetweenGroups = withoutSmall.BetweenGroups,
        };
    }
}

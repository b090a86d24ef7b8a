using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// Turns a question's group figures into the sentence a rapporteur can quote. The thresholds are constants, stated in
/// the report's methods appendix, so that the same figures always read the same way.
/// </summary>
public static class ReadingRules
{
    /// <summary>A group agrees when at least this share of it is in the top two points, disagrees in the bottom two.</summary>
    public const double GroupMajority = 0.5;

    /// <summary>Position: a group leans to one end when its mean lies at least this far from the centre of the axis.</summary>
    public const double PositionLean = 0.2;

    /// <summary>The room is called polarized from this Esteban–Ray figure on (1 = split evenly between the two ends).</summary>
    public const double Polarized = 0.5;

    /// <summary>Choice and ranking: groups answer alike below this Jensen–Shannon divergence, in bits.</summary>
    public const double AlikeBits = 0.1;

    /// <summary>The reading of one question's meters.</summary>
    /// <param name="kind">The question's kind.</param>
    /// <param name="meters">The meters the report shows (equal footing), with small groups already withheld.</param>
    /// <param name="isStakeholderGroup">Whether a group is compared with the others ("Other" usually is not).</param>
    public static GroupReading Read(QuestionKind kind, QuestionMeters meters, Func<string, bool> isStakeholderGroup)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(isStakeholderGroup);
        // A withheld group is never read: naming it, or leaving it out of "all", would reveal how its few members answered.
        var compared = meters.Groups.Where(g => !g.Suppressed && g.Respondents > 0 && isStakeholderGroup(g.Group)).ToList();
        var polarized = meters.Overall.Polarization >= Polarized;
        if (compared.Count < 2)
            return new GroupReading(ReadingKind.TooFewGroups, compared.Count, 0, null, null, polarized);
        return kind switch
        {
            QuestionKind.Likert => Ordinal(compared, polarized),
            QuestionKind.Position => Position(compared, polarized),
            _ => new GroupReading(meters.CrossGroup.JensenShannonBits < AlikeBits ? ReadingKind.Alike : ReadingKind.Differ,
                compared.Count, 0, null, null, polarized),
        };
    }

    private static GroupReading Ordinal(List<GroupMeter> groups, bool polarized)
    {
        var agreeing = groups.Where(g => g.Agree?.Estimate >= GroupMajority).ToList();
        var disagreeing = groups.Where(g => g.Disagree?.Estimate >= GroupMajority).ToList();
        if (agreeing.Count == groups.Count)
            return new GroupReading(ReadingKind.AllAgree, groups.Count, agreeing.Count, null, null, polarized);
        if (disagreeing.Count == groups.Count)
            return new GroupReading(ReadingKind.AllDisagree, groups.Count, 0, null, null, polarized);
        if (agreeing.Count > 0 && disagreeing.Count > 0)
            return new GroupReading(ReadingKind.Split, groups.Count, agreeing.Count,
                agreeing.MaxBy(g => g.Agree!.Estimate)!.Group, disagreeing.MaxBy(g => g.Disagree!.Estimate)!.Group, polarized);
        return new GroupReading(ReadingKind.Mixed, groups.Count, agreeing.Count, null, null, polarized);
    }

    private static GroupReading Position(List<GroupMeter> groups, bool polarized)
    {
        var left = groups.Where(g => g.Position?.Mean <= -PositionLean).ToList();
        var right = groups.Where(g => g.Position?.Mean >= PositionLean).ToList();
        if (left.Count == groups.Count)
            return new GroupReading(ReadingKind.AllLeanLeft, groups.Count, left.Count, null, null, polarized);
        if (right.Count == groups.Count)
            return new GroupReading(ReadingKind.AllLeanRight, groups.Count, right.Count, null, null, polarized);
        if (left.Count > 0 && right.Count > 0)
            return new GroupReading(ReadingKind.Split, groups.Count, Math.Max(left.Count, right.Count),
                left.MinBy(g => g.Position!.Mean)!.Group, right.MaxBy(g => g.Position!.Mean)!.Group, polarized);
        return new GroupReading(ReadingKind.Mixed, groups.Count, Math.Max(left.Count, right.Count), null, null, polarized);
    }
}

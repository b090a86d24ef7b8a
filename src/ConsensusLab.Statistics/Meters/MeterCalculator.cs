using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>Computes every live figure of a question from its tally snapshot.</summary>
public static class MeterCalculator
{
    /// <summary>The meters of a question under one weighting.</summary>
    /// <param name="tally">The tally snapshot.</param>
    /// <param name="weighting">How groups are weighted in the overall figures.</param>
    /// <param name="confidence">Confidence level of the Wilson intervals.</param>
    public static QuestionMeters Compute(TallySnapshot tally, Weighting weighting, double confidence = 0.95) =>
        Compute(tally, weighting, MeterOptions.Default with { Confidence = confidence });

    /// <summary>The meters of a question under one weighting, with the moderator's parameters.</summary>
    /// <param name="tally">The tally snapshot.</param>
    /// <param name="weighting">How groups are weighted in the overall figures.</param>
    /// <param name="options">Confidence level, Delphi rule and Esteban–Ray α.</param>
    public static QuestionMeters Compute(TallySnapshot tally, Weighting weighting, MeterOptions options) =>
        Compute(tally, weighting, options, ImmutableHashSet<string>.Empty);

    /// <summary>
    /// The meters with the groups in <paramref name="withheld"/> shown only as withheld. The overall figures keep every
    /// respondent; the comparisons between groups leave out the withheld groups and the groups that are not stakeholder
    /// groups (<see cref="OtherGroups.IsStakeholderGroup"/>).
    /// </summary>
    internal static QuestionMeters Compute(TallySnapshot tally, Weighting weighting, MeterOptions options, IReadOnlySet<string> withheld)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(weighting);
        ArgumentNullException.ThrowIfNull(options);
        WilsonInterval.Quantile(options.Confidence);

        var scale = tally.Scale;
        var respondentWeights = weighting.RespondentWeights(tally);
        var pooled = WeightedTally.Pool(scale, tally.Groups, respondentWeights);
        var overall = GroupMeterFactory.Create(GroupMeter.OverallGroup, pooled, pooled.TotalWeight, options);

        var groups = ImmutableArray.CreateBuilder<GroupMeter>(tally.Groups.Length);
        var present = 0;
        var suppressed = 0;
        for (var g = 0; g < tally.Groups.Length; g++)
        {
            var group = tally.Groups[g];
            present += group.Respondents > 0 ? 1 : 0;
            if (group.Respondents > 0 && withheld.Contains(group.Group))
            {
                suppressed++;
                groups.Add(GroupMeter.SuppressedFor(group.Group));
                continue;
            }

            groups.Add(GroupMeterFactory.Create(group.Group, WeightedTally.OfGroup(scale, group),
                respondentWeights[g] * group.Respondents, options));
        }

        var groupMeters = groups.MoveToImmutable();
        var compared = Compared(tally, weighting, withheld);
        var comparedWeights = weighting.RespondentWeights(compared);
        var comparedTotals = new double[compared.Groups.Length];
        for (var g = 0; g < compared.Groups.Length; g++)
        {
            comparedTotals[g] = comparedWeights[g] * compared.Groups[g].Respondents;
        }

        var crossGroup = CrossGroupCalculator.Compute(compared, groupMeters, comparedTotals);
        return new QuestionMeters(tally.Version, weighting.Scheme, overall, groupMeters,
            crossGroup with { GroupsPresent = present, GroupsSuppressed = suppressed, GroupsCompared = crossGroup.GroupsPresent })
        {
            BetweenGroups = BetweenGroupsCalculator.Compute(compared),
            Consensus = ConsensusRule.Decide(weighting.Scheme, overall,
                groupMeters.Where((_, g) => compared.Groups[g].Respondents > 0)),
        };
    }

    /// <summary>The tally with only the groups that are compared: the others count as having no respondent.</summary>
    private static TallySnapshot Compared(TallySnapshot tally, Weighting weighting, IReadOnlySet<string> withheld)
    {
        bool LeftOut(GroupTally g) => g.Respondents > 0 && (withheld.Contains(g.Group) || !weighting.Other.IsStakeholderGroup(g.Group));
        if (!tally.Groups.Any(LeftOut))
        {
            return tally;
        }

        return tally with
        {
            Groups = [.. tally.Groups.Select(g => LeftOut(g) ? g with { Respondents = 0, Cells = ImmutableArray.Create(new long[g.Cells.Length]) } : g)],
        };
    }
}

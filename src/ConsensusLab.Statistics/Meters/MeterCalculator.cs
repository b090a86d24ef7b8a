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
    public static QuestionMeters Compute(TallySnapshot tally, Weighting weighting, MeterOptions options)
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
        var groupTotals = new double[tally.Groups.Length];
        for (var g = 0; g < tally.Groups.Length; g++)
        {
            var group = tally.Groups[g];
            groupTotals[g] = respondentWeights[g] * group.Respondents;
            groups.Add(GroupMeterFactory.Create(group.Group, WeightedTally.OfGroup(scale, group), groupTotals[g], options));
        }

        var groupMeters = groups.MoveToImmutable();
        var crossGroup = CrossGroupCalculator.Compute(tally, groupMeters, groupTotals);
        return new QuestionMeters(tally.Version, weighting.Scheme, overall, groupMeters, crossGroup)
        {
            BetweenGroups = BetweenGroupsCalculator.Compute(tally),
        };
    }
}

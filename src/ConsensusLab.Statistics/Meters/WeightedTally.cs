using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>
/// Groups' tallies pooled with one weight per respondent of each group: the common input of every live metric.
/// A group meter pools its own group with weight 1 (within a group all weights are equal, so its figures are its
/// unweighted ones); the overall meter pools every group with the scheme's respondent weights.
/// </summary>
internal sealed class WeightedTally
{
    private WeightedTally(Scale scale, double[] cellWeights, long[] cellCounts, long respondents, double totalWeight,
        double? effectiveN)
    {
        Scale = scale;
        CellWeights = cellWeights;
        CellCounts = cellCounts;
        Respondents = respondents;
        TotalWeight = totalWeight;
        EffectiveN = effectiveN;
    }

    public Scale Scale { get; }

    /// <summary>Per cell, the summed weight of the respondents in it.</summary>
    public double[] CellWeights { get; }

    /// <summary>Per cell, the respondents with a positive weight in it (zero-weight answers count for nothing).</summary>
    public long[] CellCounts { get; }

    /// <summary>All respondents, including those of zero-weight groups.</summary>
    public long Respondents { get; }

    /// <summary>Σw over respondents.</summary>
    public double TotalWeight { get; }

    /// <summary>Kish's effective n; null when no respondent carries weight.</summary>
    public double? EffectiveN { get; }

    /// <summary>True when shares are defined: some respondent carries weight.</summary>
    public bool HasWeight => TotalWeight > 0;

    /// <summary>One group, unweighted.</summary>
    public static WeightedTally OfGroup(Scale scale, GroupTally group) =>
        Pool(scale, [group], [1.0]);

    /// <summary>Several groups, each respondent of group g weighted <paramref name="respondentWeights"/>[g].</summary>
    public static WeightedTally Pool(Scale scale, IReadOnlyList<GroupTally> groups, ReadOnlySpan<double> respondentWeights)
    {
        var cellCount = scale.CellCount;
        var cellWeights = new double[cellCount];
        var cellCounts = new long[cellCount];
        long respondents = 0;
        Span<double> groupTotals = groups.Count <= 64 ? stackalloc double[groups.Count] : new double[groups.Count];
        Span<long> groupCounts = groups.Count <= 64 ? stackalloc long[groups.Count] : new long[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.Cells.Length != cellCount)
            {
                throw new ArgumentException($"Group {group.Group} has {group.Cells.Length} cells; the scale has {cellCount}.", nameof(groups));
            }

            respondents += group.Respondents;
            var w = respondentWeights[g];
            groupTotals[g] = w * group.Respondents;
            groupCounts[g] = group.Respondents;
            if (w <= 0 || group.Respondents == 0)
            {
                continue;
            }

            var cells = group.Cells.AsSpan();
            for (var c = 0; c < cellCount; c++)
            {
                cellWeights[c] += w * cells[c];
                cellCounts[c] += cells[c];
            }
        }

        var effectiveN = Kish.EffectiveN(groupTotals, groupCounts);
        var totalWeight = 0.0;
        foreach (var t in groupTotals)
        {
            totalWeight += t;
        }

        return new WeightedTally(scale, cellWeights, cellCounts, respondents, totalWeight, effectiveN);
    }

    /// <summary>Weighted share of respondents in the given cells; cells must not hold one respondent twice.</summary>
    public double Share(int firstCell, int cellCountInRange)
    {
        var sum = 0.0;
        for (var c = firstCell; c < firstCell + cellCountInRange; c++)
        {
            sum += CellWeights[c];
        }

        return sum / TotalWeight;
    }

    /// <summary>The display distribution: shares per display category; empty when no respondent carries weight.</summary>
    public ImmutableArray<double> Distribution()
    {
        if (!HasWeight)
        {
            return [];
        }

        var options = Scale.Options;
        double[] shares;
        switch (Scale.Kind)
        {
            case ScaleKind.Position:
                shares = new double[PositionBins.Count];
                for (var c = 0; c < CellWeights.Length; c++)
                {
                    shares[PositionBins.BinOf(c)] += CellWeights[c];
                }

                break;
            case ScaleKind.Ranking:
                // Share of respondents who ranked each item first: cell item*Options + 0.
                shares = new double[options];
                for (var item = 0; item < options; item++)
                {
                    shares[item] = CellWeights[item * options];
                }

                break;
            default:
                shares = (double[])CellWeights.Clone();
                break;
        }

        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] /= TotalWeight;
        }

        return ImmutableArray.Create(shares);
    }
}

using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace ConsensusLab.Statistics;

/// <summary>
/// Compares the groups with respondents in <c>tally</c> (the caller leaves out withheld and "Other" groups by giving
/// them none): Polis group-informed consensus, minimum agreement, Jensen–Shannon.
/// </summary>
internal static class CrossGroupCalculator
{
    /// <param name="tally">The tally of the groups compared.</param>
    /// <param name="groups">Each group's meter, in the tally's order.</param>
    /// <param name="groupTotals">Each group's total weight in <paramref name="tally"/>.</param>
    public static CrossGroupMeter Compute(TallySnapshot tally, ImmutableArray<GroupMeter> groups, double[] groupTotals)
    {
        var present = 0;
        foreach (var group in tally.Groups)
        {
            present += group.Respondents > 0 ? 1 : 0;
        }

        double? gic = null;
        double? minimumAgree = null;
        if (tally.Scale.Kind == ScaleKind.Ordinal && present > 0)
        {
            gic = GroupInformedConsensus(tally);
            minimumAgree = groups.Where((_, g) => tally.Groups[g].Respondents > 0).Min(m => m.Agree!.Estimate);
        }

        return new CrossGroupMeter(gic, minimumAgree, Divergence(tally, groups, groupTotals, present), present);
    }

    /// <summary>Polis: Π over present groups of (agree_g + 1)/(n_g + 2), agree_g counted unweighted.</summary>
    public static double GroupInformedConsensus(TallySnapshot tally)
    {
        var options = tally.Scale.Options;
        var product = 1.0;
        foreach (var group in tally.Groups)
        {
            if (group.Respondents > 0)
            {
                var agree = group.Cells[options - 2] + group.Cells[options - 1];
                product *= (agree + 1.0) / (group.Respondents + 2.0);
            }
        }

        return product;
    }

    private static double? Divergence(TallySnapshot tally, ImmutableArray<GroupMeter> groups, double[] groupTotals, int present)
    {
        var scale = tally.Scale;
        if (present < 2)
        {
            return null;
        }

        var distributions = new List<double[]>(groups.Length);
        var weights = new List<double>(groups.Length);
        for (var g = 0; g < groups.Length; g++)
        {
            var distribution = groups[g].Distribution;
            if (tally.Groups[g].Respondents == 0)
            {
                continue;
            }

            var shares = ImmutableCollectionsMarshal.AsArray(distribution)!;
            if (scale.Kind == ScaleKind.MultipleChoice)
            {
                // Tick shares do not sum to one: compare the distributions of ticks; a group that ticked nothing has none.
                var ticks = shares.Sum();
                if (ticks <= 0)
                {
                    continue;
                }

                shares = shares.Select(s => s / ticks).ToArray();
            }

            distributions.Add(shares);
            weights.Add(groupTotals[g]);
        }

        return distributions.Count < 2 ? null : JensenShannon.Bits(distributions, weights);
    }
}

using System.Collections.Immutable;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// Polis' representativeness (math/src/polismath/math/repness.clj, math/stats.clj), written from its definitions.
/// For group g and statement j with n_a agrees among n_s who saw it (passes included), and the same counts over all
/// other clustered participants: p = (n_a + 1) / (n_s + 2) in the group and q likewise outside; representativeness
/// r = p / q; the one-sample z = 2√(n_s + 1) ((n_a + 1) / (n_s + 1) − ½); the two-sample z compares
/// (n_a + 1) / (n_s + 1) inside and outside with the pooled proportion. The same for disagree; the direction is the
/// one with the larger two-sample z. A statement is representative when both z exceed 1.2816 (one-sided 90%); they
/// are ranked by r × z₂ × p × z₁ and the first few kept. When none qualifies the group keeps its single statement
/// of largest two-sample z, so every group is described. (Polis also puts its best "agree" statement first; we do not.)
/// </summary>
internal static class Representativeness
{
    private const double Significant90 = 1.2816;

    public static IEnumerable<RepresentativeStatement> Of(GroupVoteCounts counts, int[] labels, VoteMatrix votes, int perGroup)
    {
        var statements = counts.Statements;
        var totalAgree = new int[statements];
        var totalDisagree = new int[statements];
        var totalSeen = new int[statements];
        for (var g = 0; g < counts.Groups; g++)
        {
            for (var j = 0; j < statements; j++)
            {
                totalAgree[j] += counts.Agree[(g * statements) + j];
                totalDisagree[j] += counts.Disagree[(g * statements) + j];
                totalSeen[j] += counts.Seen[(g * statements) + j];
            }
        }

        var result = new List<RepresentativeStatement>();
        for (var g = 0; g < counts.Groups; g++)
        {
            var candidates = new List<RepresentativeStatement>();
            for (var j = 0; j < statements; j++)
            {
                var cell = (g * statements) + j;
                var seen = counts.Seen[cell];
                if (seen == 0)
                {
                    continue;
                }

                var agree = Direction(VoteDirection.Agree, counts.Agree[cell], seen, totalAgree[j] - counts.Agree[cell],
                    totalSeen[j] - seen);
                var disagree = Direction(VoteDirection.Disagree, counts.Disagree[cell], seen,
                    totalDisagree[j] - counts.Disagree[cell], totalSeen[j] - seen);
                var chosen = agree.DifferenceZ > disagree.DifferenceZ ? agree : disagree;
                candidates.Add(chosen with { GroupLabel = labels[g], StatementId = votes.StatementIds[j] });
            }

            result.AddRange(Select(candidates, perGroup));
        }

        return result;
    }

    private static IEnumerable<RepresentativeStatement> Select(List<RepresentativeStatement> candidates, int perGroup)
    {
        var significant = candidates.Where(c => c.ShareZ > Significant90 && c.DifferenceZ > Significant90).ToList();
        if (significant.Count > 0)
        {
            return significant.OrderByDescending(Metric).ThenBy(c => c.StatementId).Take(perGroup);
        }

        return candidates.OrderByDescending(c => c.DifferenceZ).ThenBy(c => c.StatementId).Take(Math.Min(1, perGroup));
    }

    private static double Metric(RepresentativeStatement c) => c.Representativeness * c.DifferenceZ * c.GroupShare * c.ShareZ;

    private static RepresentativeStatement Direction(VoteDirection direction, int inside, int seenInside, int outside,
        int seenOutside)
    {
        var p = (inside + 1.0) / (seenInside + 2.0);
        var q = (outside + 1.0) / (seenOutside + 2.0);
        var shareZ = 2.0 * Math.Sqrt(seenInside + 1.0) * (((inside + 1.0) / (seenInside + 1.0)) - 0.5);
        return new RepresentativeStatement(0, 0, direction, p, q, p / q, shareZ,
            TwoProportionZ(inside + 1.0, outside + 1.0, seenInside + 1.0, seenOutside + 1.0));
    }

    /// <summary>The pooled two-proportion z; 0 when the pooled proportion is 0 or 1 (no variance to compare with).</summary>
    private static double TwoProportionZ(double successIn, double successOut, double trialsIn, double trialsOut)
    {
        var pooled = (successIn + successOut) / (trialsIn + trialsOut);
        var variance = pooled * (1 - pooled) * ((1 / trialsIn) + (1 / trialsOut));
        return variance > 0 ? ((successIn / trialsIn) - (successOut / trialsOut)) / Math.Sqrt(variance) : 0.0;
    }

    /// <summary>
    /// Group-informed consensus (Polis' group-aware-consensus, conversation.clj): Π over opinion groups of
    /// (agree + 1) / (seen + 2), and likewise for disagree; statements with at least one vote, best agreed first.
    /// </summary>
    public static ImmutableArray<ConsensusStatement> Consensus(GroupVoteCounts counts, VoteMatrix votes)
    {
        var statements = counts.Statements;
        var result = new List<ConsensusStatement>();
        for (var j = 0; j < statements; j++)
        {
            var agree = 1.0;
            var disagree = 1.0;
            var seen = 0;
            for (var g = 0; g < counts.Groups; g++)
            {
                var cell = (g * statements) + j;
                agree *= (counts.Agree[cell] + 1.0) / (counts.Seen[cell] + 2.0);
                disagree *= (counts.Disagree[cell] + 1.0) / (counts.Seen[cell] + 2.0);
                seen += counts.Seen[cell];
            }

            if (seen > 0)
            {
                result.Add(new ConsensusStatement(votes.StatementIds[j], agree, disagree));
            }
        }

        return [.. result.OrderByDescending(c => c.Agree).ThenBy(c => c.StatementId)];
    }
}

using System.Collections.Immutable;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// The statements that bridge the declared stakeholder groups, and how opinion groups cut across them. Polis knows
/// only the groups it finds; here the groups are those participants declared, weighed as the session weighs them.
/// </summary>
public static class BridgingStatements
{
    /// <summary>
    /// Every voted statement, by decreasing group-informed consensus over the declared stakeholder groups, then by
    /// minimum agree share. A group's weight is its share of the total weight that <paramref name="weighting"/> gives
    /// the participants who voted at all (equal footing: the same for every group present), so a statement a group
    /// never saw counts (0 + 1) / (0 + 2) = ½ for it, as in Polis.
    /// </summary>
    /// <param name="votes">The latest votes.</param>
    /// <param name="participantGroup">Each participant's declared stakeholder group; others are left out.</param>
    /// <param name="weighting">The session's weighting of the groups.</param>
    public static ImmutableArray<BridgingStatement> Rank(VoteMatrix votes, IReadOnlyDictionary<string, string> participantGroup,
        Weighting weighting)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(participantGroup);
        ArgumentNullException.ThrowIfNull(weighting);

        var (groupOf, groupCodes, members) = DeclaredGroups(votes, participantGroup);
        var shares = GroupShares(weighting, groupCodes, members);
        if (!shares.Any(s => s > 0))
        {
            return [];
        }

        var statements = votes.StatementIds.Length;
        var counts = new int[groupCodes.Length * statements * 3];
        for (var r = 0; r < groupOf.Length; r++)
        {
            if (groupOf[r] < 0)
            {
                continue;
            }

            var offset = groupOf[r] * statements;
            for (var k = votes.RowStarts[r]; k < votes.RowStarts[r + 1]; k++)
            {
                counts[((offset + votes.Columns[k]) * 3) + CellOf(votes.Values[k])]++;
            }
        }

        var result = new List<BridgingStatement>();
        for (var j = 0; j < statements; j++)
        {
            if (Statement(j, votes.StatementIds[j], groupCodes, shares, counts, statements) is { } bridging)
            {
                result.Add(bridging);
            }
        }

        return [.. result.OrderByDescending(b => b.GroupInformedConsensus)
            .ThenByDescending(b => b.MinimumAgreeShare ?? -1)
            .ThenBy(b => b.StatementId)];
    }

    /// <summary>The opinion group × stakeholder group table of clustered participants, by label then group code.</summary>
    public static ImmutableArray<OpinionGroupCrossTab> CrossTab(OpinionGroupResult groups,
        IReadOnlyDictionary<string, string> participantGroup)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(participantGroup);
        var cells = groups.Participants
            .Where(p => p.GroupLabel is not null && participantGroup.ContainsKey(p.ParticipantId))
            .GroupBy(p => (Label: p.GroupLabel!.Value, Group: participantGroup[p.ParticipantId]))
            .ToDictionary(g => g.Key, g => g.Count());
        var perGroup = cells.GroupBy(c => c.Key.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Value), StringComparer.Ordinal);
        return [.. cells.OrderBy(c => c.Key.Label).ThenBy(c => c.Key.Group, StringComparer.Ordinal)
            .Select(c => new OpinionGroupCrossTab(c.Key.Label, c.Key.Group, c.Value, (double)c.Value / perGroup[c.Key.Group]))];
    }

    private static (int[] GroupOf, string[] Codes, long[] Members) DeclaredGroups(VoteMatrix votes,
        IReadOnlyDictionary<string, string> participantGroup)
    {
        var codes = participantGroup.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var indexOf = codes.Select((code, i) => (code, i)).ToDictionary(c => c.code, c => c.i, StringComparer.Ordinal);
        var groupOf = new int[votes.ParticipantIds.Length];
        var members = new long[codes.Length];
        for (var r = 0; r < groupOf.Length; r++)
        {
            groupOf[r] = participantGroup.TryGetValue(votes.ParticipantIds[r], out var code) ? indexOf[code] : -1;
            if (groupOf[r] >= 0)
            {
                members[groupOf[r]]++;
            }
        }

        return (groupOf, codes, members);
    }

    /// <summary>Each group's share of the total weight; groups with no voter or no weight get 0.</summary>
    private static double[] GroupShares(Weighting weighting, string[] codes, long[] members)
    {
        var perRespondent = weighting.RespondentWeights([.. codes.Select((code, g) => (code, members[g]))]);
        var totals = perRespondent.Select((w, g) => w * members[g]).ToArray();
        var sum = totals.Sum();
        return [.. totals.Select(t => sum > 0 ? t / sum : 0.0)];
    }

    /// <summary>The statement's bridging figures; null when no declared group voted on it.</summary>
    private static BridgingStatement? Statement(int column, int statementId, string[] codes, double[] shares, int[] counts,
        int statements)
    {
        var logConsensus = 0.0;
        double? minimum = null;
        string? weakest = null;
        var someWeightedGroupDidNotVote = false;
        var anyVote = false;
        var byGroup = ImmutableDictionary.CreateBuilder<string, StatementCounts>(StringComparer.Ordinal);
        for (var g = 0; g < codes.Length; g++)
        {
            var cell = ((g * statements) + column) * 3;
            var groupCounts = new StatementCounts(counts[cell], counts[cell + 1], counts[cell + 2]);
            byGroup.Add(codes[g], groupCounts);
            anyVote |= groupCounts.Voted > 0;
            if (shares[g] <= 0)
            {
                continue;
            }

            logConsensus += shares[g] * Math.Log((groupCounts.Agree + 1.0) / (groupCounts.Voted + 2.0));
            if (groupCounts.Voted == 0)
            {
                someWeightedGroupDidNotVote = true;
            }
            else if (minimum is null || (double)groupCounts.Agree / groupCounts.Voted < minimum)
            {
                minimum = (double)groupCounts.Agree / groupCounts.Voted;
                weakest = codes[g];
            }
        }

        return anyVote
            ? new BridgingStatement(statementId, Math.Exp(logConsensus), someWeightedGroupDidNotVote ? null : minimum,
                someWeightedGroupDidNotVote ? null : weakest, byGroup.ToImmutable())
            : null;
    }

    private static int CellOf(sbyte vote) => vote switch
    {
        Votes.Agree => 0,
        Votes.Disagree => 1,
        _ => 2,
    };
}

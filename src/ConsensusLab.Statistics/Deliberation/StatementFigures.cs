namespace ConsensusLab.Statistics.Deliberation;

/// <summary>Per statement figures from its per-group counts, weighted exactly as the other meters weigh groups.</summary>
public static class StatementFigures
{
    // A statement's votes are tallied as a nominal question with three options, so the meters' pooling, Kish's
    // effective n and the Wilson intervals are the very same code.
    private static readonly Scale VoteScale = new(ScaleKind.Nominal, 3);

    /// <summary>
    /// Shares of agree / disagree / pass among those who voted, per group and overall, with Wilson intervals on
    /// Kish's effective n. The groups' weights are those of <paramref name="weighting"/> applied to the statement's
    /// voters (a group that did not vote on the statement is left out and its share goes to the others).
    /// </summary>
    public static StatementFigure Of(int statementId, IReadOnlyDictionary<string, StatementCounts> byGroup,
        Weighting weighting, double confidence)
    {
        ArgumentNullException.ThrowIfNull(byGroup);
        ArgumentNullException.ThrowIfNull(weighting);
        var groups = byGroup.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupTally(g.Key, g.Value.Voted, [g.Value.Agree, g.Value.Disagree, g.Value.Pass]))
            .ToList();
        var snapshot = new TallySnapshot(VoteScale, [.. groups], 0);
        var overall = WeightedTally.Pool(VoteScale, groups, weighting.RespondentWeights(snapshot));
        var total = new StatementCounts(byGroup.Values.Sum(c => c.Agree), byGroup.Values.Sum(c => c.Disagree),
            byGroup.Values.Sum(c => c.Pass));
        return new StatementFigure(
            statementId,
            Shares(GroupMeter.OverallGroup, total, overall, confidence),
            [.. groups.Select(g => Shares(g.Group, byGroup[g.Group], WeightedTally.OfGroup(VoteScale, g), confidence))]);
    }

    private static StatementShares Shares(string group, StatementCounts counts, WeightedTally tally, double confidence) =>
        tally.HasWeight
            ? new StatementShares(group, counts, tally.EffectiveN,
                WilsonInterval.Of(tally.Share(0, 1), tally.EffectiveN, confidence),
                WilsonInterval.Of(tally.Share(1, 1), tally.EffectiveN, confidence),
                WilsonInterval.Of(tally.Share(2, 1), tally.EffectiveN, confidence))
            : new StatementShares(group, counts, null, Proportion.Undefined, Proportion.Undefined, Proportion.Undefined);
}

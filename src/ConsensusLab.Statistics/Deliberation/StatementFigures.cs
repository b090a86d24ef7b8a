namespace ConsensusLab.Statistics.Deliberation;

/// <summary>Per statement figures from its per-group counts, the same way the other meters weigh groups.</summary>
public static class StatementFigures
{
    /// <summary>
    /// Shares of agree / disagree / pass among those who voted, per group and overall, with Wilson intervals on
    /// Kish's effective n. The groups' weights are those of <paramref name="weighting"/> applied to the statement's
    /// voters (a group that did not vote on the statement is left out and its share goes to the others).
    /// </summary>
    public static StatementFigure Of(int statementId, IReadOnlyDictionary<string, StatementCounts> byGroup,
        Weighting weighting, double confidence) => throw new NotImplementedException();
}

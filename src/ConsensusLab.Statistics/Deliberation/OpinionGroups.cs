namespace ConsensusLab.Statistics.Deliberation;

/// <summary>Opinion groups from the vote matrix: PCA, k-means on the map, k by silhouette, stable labels.</summary>
public static class OpinionGroups
{
    /// <summary>Computes the opinion groups, their representative statements and the consensus statements.</summary>
    /// <param name="votes">The latest votes.</param>
    /// <param name="options">Thresholds; <see cref="OpinionGroupOptions.Default"/> follows Polis.</param>
    /// <param name="previous">The last result, so that labels stay stable; null the first time.</param>
    public static OpinionGroupResult Compute(VoteMatrix votes, OpinionGroupOptions options, OpinionGroupResult? previous) =>
        throw new NotImplementedException();
}

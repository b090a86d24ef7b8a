namespace ConsensusLab.Statistics.Deliberation;

/// <summary>Hubert and Arabie's (1985) adjusted Rand index between two partitions of the same items.</summary>
public static class AdjustedRand
{
    /// <summary>
    /// 1 for identical partitions, about 0 for independent ones. When both partitions put everything in one cluster
    /// (or every item alone) the index is 0/0; it is 1 then, as the partitions agree.
    /// </summary>
    public static double Index(IReadOnlyList<int> a, IReadOnlyList<int> b) => throw new NotImplementedException();
}

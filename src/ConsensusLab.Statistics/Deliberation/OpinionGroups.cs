using System.Collections.Immutable;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// Opinion groups from the vote matrix, after Polis' math (compdemocracy/polis, math/src/polismath/math): PCA of the
/// participants with enough votes (<see cref="SparsePca"/>), everyone who voted placed on the 2-D map
/// (<see cref="PrincipalComponents.Project"/>), the clustered participants summarised by up to 100 base clusters
/// (<see cref="BaseClusters"/>), k-means of the base clusters for k = 2..min(MaxGroups, 2 + bases / 12), k chosen by
/// the largest silhouette (<see cref="WeightedSilhouette"/>, ties to the smaller k), labels kept from the previous
/// result (<see cref="StableLabels"/>), then representative and consensus statements (<see cref="Representativeness"/>).
/// </summary>
public static class OpinionGroups
{
    // k-means restarts per k on the base clusters: each is cheap (at most 100 points) and reproducible.
    private const int Restarts = 8;
    private const int MaxIterations = 100;
    private const ulong Seed = 0x6A09E667F3BCC908UL;

    // Three participants are the fewest for which two groups and a silhouette mean anything.
    private const int MinClustered = 3;

    /// <summary>Computes the opinion groups, their representative statements and the consensus statements.</summary>
    /// <param name="votes">The latest votes.</param>
    /// <param name="options">Thresholds; <see cref="OpinionGroupOptions.Default"/> follows Polis.</param>
    /// <param name="previous">The last result, so that labels stay stable; null the first time.</param>
    public static OpinionGroupResult Compute(VoteMatrix votes, OpinionGroupOptions options, OpinionGroupResult? previous)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinVotesPerParticipant, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxGroups, 2, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.RepresentativePerGroup, nameof(options));

        var statements = votes.StatementIds.Length;
        var clustered = ClusteredRows(votes, Math.Min(options.MinVotesPerParticipant, statements));
        if (statements < 2 || clustered.Length < MinClustered || SparsePca.Of(votes, clustered) is not { } pca)
        {
            return OpinionGroupResult.NotComputable;
        }

        var x = new double[clustered.Length];
        var y = new double[clustered.Length];
        for (var i = 0; i < clustered.Length; i++)
        {
            (x[i], y[i]) = pca.Project(votes, clustered[i]);
        }

        var (bases, baseOf) = BaseClusters.Of(x, y);
        if (bases.Count < 2)
        {
            return OpinionGroupResult.NotComputable;
        }

        var (clustering, silhouettes) = BestClustering(bases, options.MaxGroups);
        var clusterOf = new int[clustered.Length];
        for (var i = 0; i < clustered.Length; i++)
        {
            clusterOf[i] = clustering.Assignment[baseOf[i]];
        }

        var clusteredIds = clustered.Select(r => votes.ParticipantIds[r]).ToArray();
        var labels = StableLabels.Assign(clusteredIds, clusterOf, clustering.K, previous);
        var counts = GroupVoteCounts.Of(votes, clustered, clusterOf, clustering.K);
        var groups = Groups(bases, clustering, silhouettes, labels, x, y, clusterOf);
        return new OpinionGroupResult(
            Points(votes, pca, clustered, clusterOf, labels),
            groups,
            WeightedMean(bases.Weight, silhouettes, _ => true),
            clustering.K,
            [.. Representativeness.Of(counts, labels, votes, options.RepresentativePerGroup)
                .OrderBy(r => r.GroupLabel)],
            Representativeness.Consensus(counts, votes));
    }

    /// <summary>Rows with at least <paramref name="threshold"/> votes (Polis: 7, or every statement when there are fewer).</summary>
    private static int[] ClusteredRows(VoteMatrix votes, int threshold)
    {
        var rows = new List<int>();
        for (var r = 0; r < votes.ParticipantIds.Length; r++)
        {
            if (threshold > 0 && votes.RowStarts[r + 1] - votes.RowStarts[r] >= threshold)
            {
                rows.Add(r);
            }
        }

        return [.. rows];
    }

    private static (KMeansClustering Clustering, double[] Silhouettes) BestClustering(WeightedPoints bases, int maxGroups)
    {
        var maxK = Math.Min(Math.Min(maxGroups, 2 + (bases.Count / 12)), bases.Count);
        var distances = WeightedSilhouette.Distances(bases);
        KMeansClustering? best = null;
        double[]? bestSilhouettes = null;
        var bestMean = double.NegativeInfinity;
        for (var k = 2; k <= maxK; k++)
        {
            var clustering = WeightedKMeans.Cluster(bases, k, Restarts, MaxIterations, Seed + (ulong)k);
            var silhouettes = WeightedSilhouette.Of(bases, distances, clustering.Assignment, k);
            var mean = WeightedMean(bases.Weight, silhouettes, _ => true)!.Value;

            // A larger k must do strictly better (beyond rounding) to be preferred.
            if (mean > bestMean + 1e-12)
            {
                (best, bestSilhouettes, bestMean) = (clustering, silhouettes, mean);
            }
        }

        return (best!, bestSilhouettes!);
    }

    private static ImmutableArray<OpinionGroup> Groups(WeightedPoints bases, KMeansClustering clustering, double[] silhouettes,
        int[] labels, double[] x, double[] y, int[] clusterOf)
    {
        var groups = new List<OpinionGroup>(clustering.K);
        for (var c = 0; c < clustering.K; c++)
        {
            var members = 0;
            double sumX = 0, sumY = 0;
            for (var i = 0; i < clusterOf.Length; i++)
            {
                if (clusterOf[i] == c)
                {
                    members++;
                    sumX += x[i];
                    sumY += y[i];
                }
            }

            var silhouette = members > 1 ? WeightedMean(bases.Weight, silhouettes, b => clustering.Assignment[b] == c) : null;
            groups.Add(new OpinionGroup(labels[c], members, sumX / members, sumY / members, silhouette));
        }

        return [.. groups.OrderBy(g => g.Label)];
    }

    private static ImmutableArray<ParticipantPoint> Points(VoteMatrix votes, PrincipalComponents pca, int[] clustered,
        int[] clusterOf, int[] labels)
    {
        var points = ImmutableArray.CreateBuilder<ParticipantPoint>(votes.ParticipantIds.Length);
        var next = 0;
        for (var r = 0; r < votes.ParticipantIds.Length; r++)
        {
            int? label = null;
            if (next < clustered.Length && clustered[next] == r)
            {
                label = labels[clusterOf[next]];
                next++;
            }

            if (votes.RowStarts[r + 1] > votes.RowStarts[r])
            {
                var (x, y) = pca.Project(votes, r);
                points.Add(new ParticipantPoint(votes.ParticipantIds[r], x, y, label));
            }
        }

        return points.DrainToImmutable();
    }

    private static double? WeightedMean(double[] weights, double[] values, Func<int, bool> include)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (include(i))
            {
                sum += weights[i] * values[i];
                total += weights[i];
            }
        }

        return total > 0 ? sum / total : null;
    }
}

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// Lloyd's k-means on weighted 2-D points, seeded by k-means++ (Arthur and Vassilvitskii, 2007) drawn from a fixed
/// SplitMix64 stream: several restarts, each reproducible, and the one of least inertia kept. Polis seeds with the
/// first k distinct points instead (math/src/polismath/math/clusters.clj), which depends on the order of the rows.
/// </summary>
internal static class WeightedKMeans
{
    /// <summary>The best of <paramref name="restarts"/> runs; k must not exceed the number of distinct points.</summary>
    public static KMeansClustering Cluster(WeightedPoints points, int k, int restarts, int maxIterations, ulong seed)
    {
        KMeansClustering? best = null;
        for (var restart = 0; restart < restarts; restart++)
        {
            var random = new SplitMix64(seed + (ulong)restart);
            var run = HamerlyLloyd.Run(points, Seed(points, k, ref random), maxIterations);
            if (best is null || run.Inertia < best.Inertia)
            {
                best = run;
            }
        }

        return best!;
    }

    /// <summary>k-means++: each next centre is a point drawn with probability ∝ weight × squared distance to the nearest centre.</summary>
    private static (double[] X, double[] Y) Seed(WeightedPoints points, int k, ref SplitMix64 random)
    {
        var cx = new double[k];
        var cy = new double[k];
        var nearest = new double[points.Count];
        Array.Fill(nearest, double.PositiveInfinity);
        for (var c = 0; c < k; c++)
        {
            var total = 0.0;
            for (var i = 0; i < points.Count; i++)
            {
                total += points.Weight[i] * (c == 0 ? 1.0 : nearest[i]);
            }

            var chosen = Draw(points, nearest, c == 0, total * random.NextDouble());
            cx[c] = points.X[chosen];
            cy[c] = points.Y[chosen];
            for (var i = 0; i < points.Count; i++)
            {
                nearest[i] = Math.Min(nearest[i], points.SquaredDistance(i, cx[c], cy[c]));
            }
        }

        return (cx, cy);
    }

    private static int Draw(WeightedPoints points, double[] nearest, bool uniform, double target)
    {
        var last = -1;
        var cumulative = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            var mass = points.Weight[i] * (uniform ? 1.0 : nearest[i]);
            if (mass <= 0)
            {
                continue;
            }

            last = i;
            cumulative += mass;
            if (cumulative > target)
            {
                return i;
            }
        }

        // Rounding can leave the target at the very end; every point at distance 0 means k exceeds the distinct points.
        return last >= 0 ? last : throw new InvalidOperationException("k exceeds the number of distinct points.");
    }
}

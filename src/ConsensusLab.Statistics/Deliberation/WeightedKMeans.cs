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
            var run = Lloyd(points, Seed(points, k, ref random), maxIterations);
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

    private static KMeansClustering Lloyd(WeightedPoints points, (double[] X, double[] Y) centres, int maxIterations)
    {
        var (cx, cy) = centres;
        var k = cx.Length;
        var assignment = new int[points.Count];
        Array.Fill(assignment, -1);
        var sumX = new double[k];
        var sumY = new double[k];
        var sumW = new double[k];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var changed = Assign(points, cx, cy, assignment);
            Recentre(points, assignment, cx, cy, sumX, sumY, sumW);
            if (!changed)
            {
                break;
            }
        }

        return new KMeansClustering(assignment, cx, cy, Inertia(points, assignment, cx, cy));
    }

    private static bool Assign(WeightedPoints points, double[] cx, double[] cy, int[] assignment)
    {
        var changed = false;
        var xs = points.X;
        var ys = points.Y;
        for (var i = 0; i < xs.Length; i++)
        {
            var best = 0;
            var bestDistance = double.PositiveInfinity;
            for (var c = 0; c < cx.Length; c++)
            {
                var dx = xs[i] - cx[c];
                var dy = ys[i] - cy[c];
                var d = (dx * dx) + (dy * dy);
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = c;
                }
            }

            if (assignment[i] != best)
            {
                assignment[i] = best;
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Moves each centre to its points' weighted mean; an emptied cluster takes the point farthest from its centre.</summary>
    private static void Recentre(WeightedPoints points, int[] assignment, double[] cx, double[] cy, double[] sumX,
        double[] sumY, double[] sumW)
    {
        Array.Clear(sumX);
        Array.Clear(sumY);
        Array.Clear(sumW);
        for (var i = 0; i < points.Count; i++)
        {
            var c = assignment[i];
            var w = points.Weight[i];
            sumX[c] += w * points.X[i];
            sumY[c] += w * points.Y[i];
            sumW[c] += w;
        }

        for (var c = 0; c < cx.Length; c++)
        {
            if (sumW[c] > 0)
            {
                cx[c] = sumX[c] / sumW[c];
                cy[c] = sumY[c] / sumW[c];
                continue;
            }

            var farthest = Farthest(points, assignment, cx, cy);
            assignment[farthest] = c;
            cx[c] = points.X[farthest];
            cy[c] = points.Y[farthest];
        }
    }

    private static int Farthest(WeightedPoints points, int[] assignment, double[] cx, double[] cy)
    {
        var farthest = 0;
        var farthestDistance = -1.0;
        for (var i = 0; i < points.Count; i++)
        {
            var d = points.Weight[i] * points.SquaredDistance(i, cx[assignment[i]], cy[assignment[i]]);
            if (d > farthestDistance)
            {
                farthestDistance = d;
                farthest = i;
            }
        }

        return farthest;
    }

    private static double Inertia(WeightedPoints points, int[] assignment, double[] cx, double[] cy)
    {
        var inertia = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            inertia += points.Weight[i] * points.SquaredDistance(i, cx[assignment[i]], cy[assignment[i]]);
        }

        return inertia;
    }
}

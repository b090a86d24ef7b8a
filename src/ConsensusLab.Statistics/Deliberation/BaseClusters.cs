namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// Polis' first level of clustering (math/src/polismath/math/conversation.clj, base-k 100): the participants' points
/// are summarised by at most <see cref="MaxCount"/> weighted centres, on which the opinion groups are then chosen, so
/// that choosing k among 2..5 by silhouette costs the same for ten thousand participants as for a hundred.
/// </summary>
internal static class BaseClusters
{
    public const int MaxCount = 100;

    private const int MaxIterations = 50;
    private const ulong Seed = 0x5EED_BA5E;

    /// <summary>The base points, all distinct, and per participant point the base point it belongs to.</summary>
    public static (WeightedPoints Bases, int[] BaseOf) Of(double[] x, double[] y)
    {
        var ones = new double[x.Length];
        Array.Fill(ones, 1.0);
        var (distinct, distinctOf) = Distinct(new WeightedPoints(x, y, ones));
        if (distinct.Count <= MaxCount)
        {
            return (distinct, distinctOf);
        }

        // Identical points enter once, weighted by their number: the same clustering, with fewer distances.
        var clustering = WeightedKMeans.Cluster(distinct, MaxCount, restarts: 1, MaxIterations, Seed);
        var weights = new double[clustering.K];
        for (var i = 0; i < distinct.Count; i++)
        {
            weights[clustering.Assignment[i]] += distinct.Weight[i];
        }

        // Two centres can end on the same spot; merged, every base point is distinct, which k-means++ on them needs.
        var (bases, baseOfCentre) = Distinct(new WeightedPoints(clustering.CentreX, clustering.CentreY, weights));
        var baseOf = new int[x.Length];
        for (var p = 0; p < x.Length; p++)
        {
            baseOf[p] = baseOfCentre[clustering.Assignment[distinctOf[p]]];
        }

        return (bases, baseOf);
    }

    /// <summary>The distinct points, in order of (x, y), each weighing the summed weight of the points on it.</summary>
    private static (WeightedPoints Points, int[] IndexOf) Distinct(WeightedPoints points)
    {
        var x = points.X;
        var y = points.Y;
        var order = new int[x.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => x[a] != x[b] ? x[a].CompareTo(x[b]) : y[a] != y[b] ? y[a].CompareTo(y[b]) : a.CompareTo(b));
        var indexOf = new int[x.Length];
        var xs = new List<double>();
        var ys = new List<double>();
        var weights = new List<double>();
        foreach (var i in order)
        {
            if (xs.Count == 0 || xs[^1] != x[i] || ys[^1] != y[i])
            {
                xs.Add(x[i]);
                ys.Add(y[i]);
                weights.Add(0);
            }

            weights[^1] += points.Weight[i];
            indexOf[i] = xs.Count - 1;
        }

        return (new WeightedPoints([.. xs], [.. ys], [.. weights]), indexOf);
    }
}

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// Rousseeuw's (1987) silhouette of the participants, each standing at its base point: for a participant i of group
/// G, a(i) is its mean distance to the other members of G and b(i) the least mean distance to the members of another
/// group; s(i) = (b − a) / max(a, b), and 0 for the only member of a group. With base points weighted by their
/// members this is computed on the base points alone. Polis averages the silhouette over its base clusters
/// unweighted (clusters.clj); weighting them by their members makes it the silhouette of the people.
/// </summary>
internal static class WeightedSilhouette
{
    /// <summary>Per base point, the silhouette s(i) of each participant standing on it.</summary>
    public static double[] Of(WeightedPoints bases, double[] distances, int[] group, int k)
    {
        var n = bases.Count;
        var groupWeight = new double[k];
        for (var i = 0; i < n; i++)
        {
            groupWeight[group[i]] += bases.Weight[i];
        }

        var s = new double[n];
        var sums = new double[k];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(sums);
            for (var j = 0; j < n; j++)
            {
                sums[group[j]] += bases.Weight[j] * distances[(i * n) + j];
            }

            var own = group[i];
            var others = groupWeight[own] - 1;
            if (others <= 0)
            {
                continue;
            }

            // The participant's own base point contributes its other members at distance 0.
            var a = sums[own] / others;
            var b = double.PositiveInfinity;
            for (var g = 0; g < k; g++)
            {
                if (g != own && groupWeight[g] > 0)
                {
                    b = Math.Min(b, sums[g] / groupWeight[g]);
                }
            }

            var larger = Math.Max(a, b);
            s[i] = larger > 0 && double.IsFinite(b) ? (b - a) / larger : 0.0;
        }

        return s;
    }

    /// <summary>The full matrix of Euclidean distances between base points, row-major.</summary>
    public static double[] Distances(WeightedPoints bases)
    {
        var n = bases.Count;
        var d = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                d[(i * n) + j] = d[(j * n) + i] = Math.Sqrt(bases.SquaredDistance(j, bases.X[i], bases.Y[i]));
            }
        }

        return d;
    }
}

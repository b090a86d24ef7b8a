namespace ConsensusLab.Statistics.Deliberation;

/// <summary>Lloyd's k-means iterations from given centres, accelerated by Hamerly's (2010) bounds.</summary>
internal static class HamerlyLloyd
{
    /// <summary>
    /// Lloyd's iterations with Hamerly's (2010) bounds, which give the same assignments while skipping most distance
    /// computations: a point keeps an upper bound u on the distance to its centre and a lower bound l on the distance
    /// to any other; when u ≤ max(l, half the distance from its centre to the nearest other centre) it cannot move.
    /// </summary>
    public static KMeansClustering Run(WeightedPoints points, (double[] X, double[] Y) centres, int maxIterations)
    {
        var (cx, cy) = centres;
        var k = cx.Length;
        var n = points.Count;
        var assignment = new int[n];
        var upper = new double[n];
        var lower = new double[n];
        for (var i = 0; i < n; i++)
        {
            ScanAll(points, i, cx, cy, assignment, upper, lower);
        }

        var sumX = new double[k];
        var sumY = new double[k];
        var sumW = new double[k];
        var halfGap = new double[k];
        var moved = new double[k];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var changed = iteration == 0;
            Recentre(points, assignment, cx, cy, sumX, sumY, sumW, moved, upper, lower);
            UpdateBounds(assignment, moved, upper, lower);
            HalfGaps(cx, cy, halfGap);
            for (var i = 0; i < n; i++)
            {
                var bound = Math.Max(halfGap[assignment[i]], lower[i]);
                if (upper[i] <= bound)
                {
                    continue;
                }

                upper[i] = Math.Sqrt(points.SquaredDistance(i, cx[assignment[i]], cy[assignment[i]]));
                if (upper[i] <= bound)
                {
                    continue;
                }

                var before = assignment[i];
                ScanAll(points, i, cx, cy, assignment, upper, lower);
                changed |= assignment[i] != before;
            }

            if (!changed)
            {
                break;
            }
        }

        Recentre(points, assignment, cx, cy, sumX, sumY, sumW, moved, upper, lower);
        return new KMeansClustering(assignment, cx, cy, Inertia(points, assignment, cx, cy));
    }

    /// <summary>Assigns point i to its nearest centre; u = that distance, l = the distance to the second nearest.</summary>
    private static void ScanAll(WeightedPoints points, int i, double[] cx, double[] cy, int[] assignment, double[] upper,
        double[] lower)
    {
        var best = 0;
        var nearest = double.PositiveInfinity;
        var second = double.PositiveInfinity;
        var x = points.X[i];
        var y = points.Y[i];
        for (var c = 0; c < cx.Length; c++)
        {
            var dx = x - cx[c];
            var dy = y - cy[c];
            var d = (dx * dx) + (dy * dy);
            if (d < nearest)
            {
                second = nearest;
                nearest = d;
                best = c;
            }
            else if (d < second)
            {
                second = d;
            }
        }

        assignment[i] = best;
        upper[i] = Math.Sqrt(nearest);
        lower[i] = Math.Sqrt(second);
    }

    /// <summary>Each centre's distance to its nearest other centre, halved: a point closer than that cannot leave it.</summary>
    private static void HalfGaps(double[] cx, double[] cy, double[] halfGap)
    {
        for (var a = 0; a < cx.Length; a++)
        {
            var nearest = double.PositiveInfinity;
            for (var b = 0; b < cx.Length; b++)
            {
                if (a != b)
                {
                    var dx = cx[a] - cx[b];
                    var dy = cy[a] - cy[b];
                    nearest = Math.Min(nearest, (dx * dx) + (dy * dy));
                }
            }

            halfGap[a] = Math.Sqrt(nearest) / 2;
        }
    }

    /// <summary>Moving centres loosen the bounds: u grows by its centre's move, l shrinks by the largest other move.</summary>
    private static void UpdateBounds(int[] assignment, double[] moved, double[] upper, double[] lower)
    {
        var largest = 0;
        for (var c = 1; c < moved.Length; c++)
        {
            if (moved[c] > moved[largest])
            {
                largest = c;
            }
        }

        var secondLargest = 0.0;
        for (var c = 0; c < moved.Length; c++)
        {
            if (c != largest)
            {
                secondLargest = Math.Max(secondLargest, moved[c]);
            }
        }

        for (var i = 0; i < assignment.Length; i++)
        {
            upper[i] += moved[assignment[i]];
            lower[i] -= assignment[i] == largest ? secondLargest : moved[largest];
        }
    }

    /// <summary>
    /// Moves each centre to its points' weighted mean and records how far it moved; an emptied cluster takes the
    /// point farthest from its centre, whose bounds are reset so that it is looked at again.
    /// </summary>
    private static void Recentre(WeightedPoints points, int[] assignment, double[] cx, double[] cy, double[] sumX,
        double[] sumY, double[] sumW, double[] moved, double[] upper, double[] lower)
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
            var (x, y) = (cx[c], cy[c]);
            if (sumW[c] > 0)
            {
                cx[c] = sumX[c] / sumW[c];
                cy[c] = sumY[c] / sumW[c];
            }
            else
            {
                var farthest = Farthest(points, assignment, cx, cy);
                assignment[farthest] = c;
                cx[c] = points.X[farthest];
                cy[c] = points.Y[farthest];
                upper[farthest] = 0;
                lower[farthest] = 0;
            }

            moved[c] = Math.Sqrt(((cx[c] - x) * (cx[c] - x)) + ((cy[c] - y) * (cy[c] - y)));
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

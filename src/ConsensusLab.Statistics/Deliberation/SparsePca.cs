namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// The first two principal components of the clustered participants' votes by power iteration, as Polis does
/// (math/src/polismath/math/pca.clj), on the sparse matrix: imputing a missing vote by its statement's mean makes it
/// 0 once centred, so the centred matrix X has the sparsity of the votes and XᵀXv costs two passes over them.
/// </summary>
internal static class SparsePca
{
    private const int MaxIterations = 500;

    // Converged when the unit vector moves less than this from one iteration to the next.
    private const double Tolerance = 1e-10;

    // Below this share of the first component's variance the second is taken as absent (votes vary along one axis).
    private const double NegligibleVariance = 1e-12;

    /// <summary>The two components; null when the votes do not vary at all.</summary>
    public static PrincipalComponents? Of(VoteMatrix votes, int[] rows)
    {
        var statements = votes.StatementIds.Length;
        var means = ColumnMeans(votes, rows);
        var centred = CentredRows.Of(votes, rows, means);
        var work = new double[rows.Length];

        var first = StartVector(statements, seed: 1);
        var firstVariance = Iterate(centred, first, null, work);
        if (!(firstVariance > 0))
        {
            return null;
        }

        var second = StartVector(statements, seed: 2);
        var secondVariance = Iterate(centred, second, first, work);
        if (!(secondVariance > NegligibleVariance * firstVariance))
        {
            Array.Clear(second);
        }

        OrientPositive(first);
        OrientPositive(second);
        return new PrincipalComponents(means, first, second);
    }

    private static double[] ColumnMeans(VoteMatrix votes, int[] rows)
    {
        var sums = new double[votes.StatementIds.Length];
        var counts = new int[sums.Length];
        foreach (var row in rows)
        {
            for (var k = votes.RowStarts[row]; k < votes.RowStarts[row + 1]; k++)
            {
                sums[votes.Columns[k]] += votes.Values[k];
                counts[votes.Columns[k]]++;
            }
        }

        for (var j = 0; j < sums.Length; j++)
        {
            sums[j] = counts[j] > 0 ? sums[j] / counts[j] : 0.0;
        }

        return sums;
    }

    /// <summary>
    /// Power iteration v ← XᵀXv / ‖XᵀXv‖, kept orthogonal to <paramref name="orthogonalTo"/> (deflation, as Polis'
    /// factor-matrix, without forming the deflated matrix). Returns ‖XᵀXv‖, the component's eigenvalue.
    /// </summary>
    private static double Iterate(CentredRows x, double[] v, double[]? orthogonalTo, double[] work)
    {
        var home = v;
        var next = new double[v.Length];
        Orthogonalise(v, orthogonalTo);
        if (Normalise(v) == 0)
        {
            return 0;
        }

        var eigenvalue = 0.0;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            x.MultiplyGram(v, work, next);
            Orthogonalise(next, orthogonalTo);
            eigenvalue = Normalise(next);
            if (eigenvalue == 0)
            {
                return 0;
            }

            var change = 0.0;
            for (var j = 0; j < v.Length; j++)
            {
                var d = next[j] - v[j];
                change += d * d;
            }

            (v, next) = (next, v);
            if (change < Tolerance * Tolerance)
            {
                break;
            }
        }

        // After an odd number of swaps the latest iterate sits in the scratch array; the caller reads its own.
        if (!ReferenceEquals(v, home))
        {
            v.CopyTo(home, 0);
        }

        return eigenvalue;
    }

    private static void Orthogonalise(double[] v, double[]? unit)
    {
        if (unit is null)
        {
            return;
        }

        var dot = 0.0;
        for (var j = 0; j < v.Length; j++)
        {
            dot += v[j] * unit[j];
        }

        for (var j = 0; j < v.Length; j++)
        {
            v[j] -= dot * unit[j];
        }
    }

    private static double Normalise(double[] v)
    {
        var sum = 0.0;
        foreach (var value in v)
        {
            sum += value * value;
        }

        var length = Math.Sqrt(sum);
        if (length == 0)
        {
            return 0;
        }

        for (var j = 0; j < v.Length; j++)
        {
            v[j] /= length;
        }

        return length;
    }

    /// <summary>A fixed pseudo-random start: reproducible, and not orthogonal to any axis the data could favour.</summary>
    private static double[] StartVector(int length, ulong seed)
    {
        var random = new SplitMix64(seed);
        var v = new double[length];
        for (var j = 0; j < length; j++)
        {
            v[j] = random.NextDouble() + 0.5;
        }

        return v;
    }

    /// <summary>An axis has no sign; fixing one (loadings summing to ≥ 0) keeps the map from flipping between updates.</summary>
    private static void OrientPositive(double[] v)
    {
        var sum = 0.0;
        foreach (var value in v)
        {
            sum += value;
        }

        if (sum < 0)
        {
            for (var j = 0; j < v.Length; j++)
            {
                v[j] = -v[j];
            }
        }
    }
}

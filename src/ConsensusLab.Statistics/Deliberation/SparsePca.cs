using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// The first two principal components of the clustered participants' votes by power iteration, as Polis does
/// (math/src/polismath/math/pca.clj), on the sparse matrix: imputing a missing vote by its statement's mean makes it
/// 0 once centred, so the centred matrix X has the sparsity of the votes and XᵀXV costs two passes over them.
/// Polis iterates one vector at a time, and its second component converges as slowly as λ₃/λ₂ approaches 1, which
/// real rooms with three or more opinion groups do; we iterate a block of <see cref="BlockSize"/> vectors with a
/// Rayleigh–Ritz step (subspace iteration), whose first two vectors converge at the rate λ₅/λ₂ instead, and stop
/// when both residuals ‖XᵀXu − θu‖ fall under <see cref="Tolerance"/> × θ₁.
/// </summary>
internal static class SparsePca
{
    // Four doubles make one 256-bit vector (CentredRows.MultiplyGram). With fewer than four statements the block
    // is wider than the space it lives in and its surplus columns are zero.
    public const int BlockSize = 4;

    private const int MaxIterations = 300;
    private const double Tolerance = 1e-9;

    // Below this share of the first component's variance the second is taken as absent (votes vary along one axis).
    private const double NegligibleVariance = 1e-12;

    /// <summary>The two components; null when the votes do not vary at all.</summary>
    public static PrincipalComponents? Of(VoteMatrix votes, int[] rows)
    {
        var statements = votes.StatementIds.Length;
        var means = ColumnMeans(votes, rows);
        var x = CentredRows.Of(votes, rows, means);
        var q = new DenseBlock(statements, BlockSize);
        q.FillReproducibly(seed: 1);
        q.Orthonormalise(seed: 2);
        var z = new DenseBlock(statements, BlockSize);
        var work = new double[rows.Length * BlockSize];

        double[] theta = [];
        DenseBlock ritz = q;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            x.MultiplyGram(q, work, z);
            (theta, var y) = SmallEigen(q.TransposeTimes(z));
            ritz = q.Times(y);
            var aRitz = z.Times(y);
            if (!(theta[0] > 0) || Converged(ritz, aRitz, theta))
            {
                break;
            }

            // The next block spans XᵀX applied to the Ritz vectors, in decreasing order of their values.
            q = aRitz;
            q.Orthonormalise(seed: 3 + (ulong)iteration);
        }

        if (!(theta.Length > 0 && theta[0] > 0))
        {
            return null;
        }

        var first = ritz.Column(0);
        var second = theta[1] > NegligibleVariance * theta[0] ? ritz.Column(1) : new double[statements];
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

    /// <summary>Eigenvalues in decreasing order and their unit eigenvectors (columns) of a small symmetric matrix.</summary>
    private static (double[] Values, double[,] Vectors) SmallEigen(double[,] h)
    {
        var evd = Matrix<double>.Build.DenseOfArray(h).Evd(Symmetricity.Symmetric);
        var n = h.GetLength(0);
        var values = new double[n];
        var vectors = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            // MathNet orders symmetric eigenvalues increasingly.
            var source = n - 1 - i;
            values[i] = evd.EigenValues[source].Real;
            for (var r = 0; r < n; r++)
            {
                vectors[r, i] = evd.EigenVectors[r, source];
            }
        }

        return (values, vectors);
    }

    private static bool Converged(DenseBlock ritz, DenseBlock aRitz, double[] theta)
    {
        for (var c = 0; c < 2; c++)
        {
            if (aRitz.ResidualNorm(ritz, c, theta[c]) > Tolerance * theta[0])
            {
                return false;
            }
        }

        return true;
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

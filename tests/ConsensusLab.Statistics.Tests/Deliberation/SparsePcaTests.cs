using ConsensusLab.Statistics.Deliberation;
using MathNet.Numerics.LinearAlgebra;

namespace ConsensusLab.Statistics.Tests.Deliberation;

public sealed class SparsePcaTests
{
    [Fact]
    public void Power_iteration_finds_the_leading_right_singular_vectors_of_the_mean_imputed_matrix()
    {
        var (votes, _) = PlantedVotes.Room([12, 9, 7], statements: 15, coverage: 0.7, noise: 0.3, seed: 5);
        var matrix = VoteMatrix.From(votes);
        var rows = Enumerable.Range(0, matrix.ParticipantIds.Length).ToArray();

        var pca = SparsePca.Of(matrix, rows)!;

        // The same matrix, dense: each missing vote replaced by its statement's mean, then every column centred.
        var dense = Matrix<double>.Build.Dense(rows.Length, matrix.StatementIds.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var k = matrix.RowStarts[r]; k < matrix.RowStarts[r + 1]; k++)
            {
                dense[r, matrix.Columns[k]] = matrix.Values[k] - pca.Means[matrix.Columns[k]];
            }
        }

        var svd = dense.Svd(computeVectors: true);
        Assert.Equal(1.0, Math.Abs(svd.VT.Row(0).DotProduct(Vector<double>.Build.DenseOfArray(pca.First))), 8);
        Assert.Equal(1.0, Math.Abs(svd.VT.Row(1).DotProduct(Vector<double>.Build.DenseOfArray(pca.Second))), 8);
        Assert.True(pca.First.Sum() >= 0 && pca.Second.Sum() >= 0);
    }

    [Fact]
    public void A_participant_is_projected_on_centred_votes_scaled_by_the_statements_they_skipped()
    {
        var matrix = VoteMatrix.From([new StatementVote("a", 1, 1), new StatementVote("a", 2, -1)]);
        var pca = new PrincipalComponents([0.5, 0.0, 0.0, 0.0], [0.6, 0.8, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0]);

        var (x, y) = pca.Project(matrix, 0);

        // Centred votes (0.5, −1) on the axes: 0.3 − 0.8 = −0.5 and 0; scaled by √(4 statements / 2 voted).
        Assert.Equal(-0.5 * Math.Sqrt(2), x, 12);
        Assert.Equal(0.0, y, 12);
    }
}

using System.Runtime.Intrinsics;

namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// The clustered participants' votes minus their statements' means, in compressed sparse rows of flat arrays: the
/// matrix X of the PCA, with a missing vote (imputed by the mean) stored as nothing.
/// </summary>
internal sealed class CentredRows
{
    private readonly int[] _starts;
    private readonly int[] _columns;
    private readonly double[] _values;

    private CentredRows(int[] starts, int[] columns, double[] values)
    {
        _starts = starts;
        _columns = columns;
        _values = values;
    }

    public static CentredRows Of(VoteMatrix votes, int[] rows, double[] means)
    {
        var starts = new int[rows.Length + 1];
        for (var i = 0; i < rows.Length; i++)
        {
            starts[i + 1] = starts[i] + (votes.RowStarts[rows[i] + 1] - votes.RowStarts[rows[i]]);
        }

        var columns = new int[starts[^1]];
        var values = new double[starts[^1]];
        for (var i = 0; i < rows.Length; i++)
        {
            var source = votes.RowStarts[rows[i]];
            for (var k = starts[i]; k < starts[i + 1]; k++, source++)
            {
                var column = votes.Columns[source];
                columns[k] = column;
                values[k] = votes.Values[source] - means[column];
            }
        }

        return new CentredRows(starts, columns, values);
    }

    /// <summary>
    /// result = Xᵀ(X v) for the four columns of the block, through <paramref name="work"/> (rows × 4), in two passes
    /// over the votes. One statement's four entries are one 256-bit vector, so each stored vote costs one vector
    /// multiply-add per pass: this is where the opinion-group recompute spends most of its time.
    /// </summary>
    public void MultiplyGram(DenseBlock v, double[] work, DenseBlock result)
    {
        const int Width = 4;
        if (v.Width != Width || result.Width != Width)
        {
            throw new ArgumentException("The block is four columns wide.", nameof(v));
        }

        var block = v.Values;
        var target = result.Values;
        Array.Clear(target);
        for (var i = 0; i < _starts.Length - 1; i++)
        {
            var xv = Vector256<double>.Zero;
            for (var k = _starts[i]; k < _starts[i + 1]; k++)
            {
                xv += Vector256.Create(_values[k]) * Vector256.Create(block.AsSpan(_columns[k] * Width, Width));
            }

            xv.CopyTo(work.AsSpan(i * Width, Width));
        }

        for (var i = 0; i < _starts.Length - 1; i++)
        {
            var xv = Vector256.Create(work.AsSpan(i * Width, Width));
            for (var k = _starts[i]; k < _starts[i + 1]; k++)
            {
                var entries = target.AsSpan(_columns[k] * Width, Width);
                (Vector256.Create(entries) + (Vector256.Create(_values[k]) * xv)).CopyTo(entries);
            }
        }
    }
}

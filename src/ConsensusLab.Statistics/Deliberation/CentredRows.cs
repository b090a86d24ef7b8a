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
    /// result = Xᵀ(X v) for every column of the block, through <paramref name="work"/> (rows × width), in two passes
    /// over the votes: each stored vote is read once per pass whatever the width.
    /// </summary>
    public void MultiplyGram(DenseBlock v, double[] work, DenseBlock result)
    {
        Array.Clear(work);
        Array.Clear(result.Values);
        if (v.Width == Vector256<double>.Count)
        {
            MultiplyGramFourWide(v.Values, work, result.Values);
            return;
        }

        var width = v.Width;
        for (var i = 0; i < _starts.Length - 1; i++)
        {
            var xv = work.AsSpan(i * width, width);
            for (var k = _starts[i]; k < _starts[i + 1]; k++)
            {
                var entries = v.Values.AsSpan(_columns[k] * width, width);
                for (var b = 0; b < width; b++)
                {
                    xv[b] += _values[k] * entries[b];
                }
            }
        }

        for (var i = 0; i < _starts.Length - 1; i++)
        {
            var xv = work.AsSpan(i * width, width);
            for (var k = _starts[i]; k < _starts[i + 1]; k++)
            {
                var entries = result.Values.AsSpan(_columns[k] * width, width);
                for (var b = 0; b < width; b++)
                {
                    entries[b] += _values[k] * xv[b];
                }
            }
        }
    }

    /// <summary>
    /// The usual block of four columns: one statement's four entries are one 256-bit vector, so each stored vote costs
    /// one vector multiply-add per pass. This is where the opinion-group recompute spends most of its time.
    /// </summary>
    private void MultiplyGramFourWide(double[] block, double[] work, double[] result)
    {
        const int Width = 4;
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
                var entries = result.AsSpan(_columns[k] * Width, Width);
                (Vector256.Create(entries) + (Vector256.Create(_values[k]) * xv)).CopyTo(entries);
            }
        }
    }
}

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

    /// <summary>result = Xᵀ(Xv), through <paramref name="work"/> (one entry per row), in two passes over the votes.</summary>
    public void MultiplyGram(double[] v, double[] work, double[] result)
    {
        var columns = _columns;
        var values = _values;
        for (var i = 0; i < work.Length; i++)
        {
            var sum = 0.0;
            for (var k = _starts[i]; k < _starts[i + 1]; k++)
            {
                sum += values[k] * v[columns[k]];
            }

            work[i] = sum;
        }

        Array.Clear(result);
        for (var i = 0; i < work.Length; i++)
        {
            var xv = work[i];
            for (var k = _starts[i]; k < _starts[i + 1]; k++)
            {
                result[columns[k]] += values[k] * xv;
            }
        }
    }
}

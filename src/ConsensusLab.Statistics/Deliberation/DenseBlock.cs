namespace ConsensusLab.Statistics.Deliberation;

/// <summary>
/// A block of a few column vectors over the statements, stored row by row ([statement × width + column]) so that
/// the sparse product reads one statement's entries of every column from one cache line.
/// </summary>
internal sealed class DenseBlock(int rows, int width)
{
    public int Rows { get; } = rows;

    public int Width { get; } = width;

    public double[] Values { get; } = new double[rows * width];

    public double[] Column(int c)
    {
        var column = new double[Rows];
        for (var r = 0; r < Rows; r++)
        {
            column[r] = Values[(r * Width) + c];
        }

        return column;
    }

    /// <summary>A fixed pseudo-random start: reproducible, and not orthogonal to any axis the data could favour.</summary>
    public void FillReproducibly(ulong seed)
    {
        var random = new SplitMix64(seed);
        for (var i = 0; i < Values.Length; i++)
        {
            Values[i] = random.NextDouble() - 0.5;
        }
    }

    /// <summary>
    /// Modified Gram–Schmidt on the columns, in order. A column that vanishes (the block spans fewer dimensions than
    /// its width) is replaced by a reproducible pseudo-random one, orthogonalised in turn; if that vanishes too, the
    /// block is wider than the space and the column is left zero.
    /// </summary>
    public void Orthonormalise(ulong seed)
    {
        var random = new SplitMix64(seed);
        for (var c = 0; c < Width; c++)
        {
            if (!TryOrthonormalise(c))
            {
                for (var r = 0; r < Rows; r++)
                {
                    Values[(r * Width) + c] = random.NextDouble() - 0.5;
                }

                if (!TryOrthonormalise(c))
                {
                    for (var r = 0; r < Rows; r++)
                    {
                        Values[(r * Width) + c] = 0;
                    }
                }
            }
        }
    }

    /// <summary>thisᵀ × other: the small Width × Width matrix of inner products.</summary>
    public double[,] TransposeTimes(DenseBlock other)
    {
        var product = new double[Width, other.Width];
        for (var r = 0; r < Rows; r++)
        {
            for (var a = 0; a < Width; a++)
            {
                var left = Values[(r * Width) + a];
                for (var b = 0; b < other.Width; b++)
                {
                    product[a, b] += left * other.Values[(r * other.Width) + b];
                }
            }
        }

        return product;
    }

    /// <summary>this × y, y a small Width × Width matrix.</summary>
    public DenseBlock Times(double[,] y)
    {
        var result = new DenseBlock(Rows, y.GetLength(1));
        for (var r = 0; r < Rows; r++)
        {
            for (var b = 0; b < result.Width; b++)
            {
                var sum = 0.0;
                for (var a = 0; a < Width; a++)
                {
                    sum += Values[(r * Width) + a] * y[a, b];
                }

                result.Values[(r * result.Width) + b] = sum;
            }
        }

        return result;
    }

    /// <summary>‖this[:, c] − θ × u[:, c]‖.</summary>
    public double ResidualNorm(DenseBlock u, int c, double theta)
    {
        var sum = 0.0;
        for (var r = 0; r < Rows; r++)
        {
            var d = Values[(r * Width) + c] - (theta * u.Values[(r * u.Width) + c]);
            sum += d * d;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>Removes from column c its parts along the columns before it and normalises it, unless it vanishes.</summary>
    private bool TryOrthonormalise(int c)
    {
        var before = Norm(c);
        for (var previous = 0; previous < c; previous++)
        {
            var dot = Dot(c, previous);
            for (var r = 0; r < Rows; r++)
            {
                Values[(r * Width) + c] -= dot * Values[(r * Width) + previous];
            }
        }

        var norm = Norm(c);
        if (!(norm > 1e-10 * before))
        {
            return false;
        }

        for (var r = 0; r < Rows; r++)
        {
            Values[(r * Width) + c] /= norm;
        }

        return true;
    }

    private double Dot(int a, int b)
    {
        var sum = 0.0;
        for (var r = 0; r < Rows; r++)
        {
            sum += Values[(r * Width) + a] * Values[(r * Width) + b];
        }

        return sum;
    }

    private double Norm(int c) => Math.Sqrt(Dot(c, c));
}

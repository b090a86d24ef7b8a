using MathNet.Numerics.LinearAlgebra;

namespace ConsensusLab.Statistics;

/// <summary>
/// Rao and Scott's (1981, 1984) corrections of Pearson's chi-square for a table of group × answer estimated with
/// respondent weights, computed as R survey's svychisq (Lumley 2010, Complex Surveys) for svydesign(ids = ~1, weights = ~w).
/// Needed because with unequal weights within a group the weighted table is not a multinomial sample.
/// </summary>
public static class SurveyChiSquare
{
    /// <summary>
    /// With p̂ the weighted cell shares, V their linearisation covariance, D = diag(p̂) and C the interaction contrasts
    /// orthogonalised against the main effects: Δ = (Cᵀ D⁻¹ C / n)⁻¹ (Cᵀ D⁻¹ V D⁻¹ C), whose eigenvalues are the
    /// generalised design effects. Rows and columns are the group and answer codes present among respondents with
    /// positive weight (zero-weight respondents are out of the sample). Null with fewer than two groups or two
    /// answers, or when Δ vanishes (no variation to test).
    /// </summary>
    /// <param name="groups">The respondent's group, any integer code.</param>
    /// <param name="answers">The respondent's answer category, any integer code.</param>
    /// <param name="weights">One finite, non-negative weight per respondent.</param>
    public static SurveyChiSquareTest? Test(ReadOnlySpan<int> groups, ReadOnlySpan<int> answers, ReadOnlySpan<double> weights)
    {
        if (groups.Length != answers.Length)
        {
            throw new ArgumentException($"{groups.Length} group codes but {answers.Length} answers.", nameof(answers));
        }

        var kept = WeightedAnswers.Positive(weights, answers.Length);
        var rows = Codes(groups, kept);
        var columns = Codes(answers, kept);
        int nr = rows.Count, nc = columns.Count, n = kept.Length;
        if (nr < 2 || nc < 2)
        {
            return null;
        }

        // Cell k = r + nr·c; scores u_i = w_i (z_i − p̂) / Σw are the linearised contributions to the shares.
        var cell = new int[n];
        var total = 0.0;
        for (var k = 0; k < n; k++)
        {
            cell[k] = rows[groups[kept[k]]] + (nr * columns[answers[kept[k]]]);
            total += weights[kept[k]];
        }

        var shares = Vector<double>.Build.Dense(nr * nc);
        for (var k = 0; k < n; k++)
        {
            shares[cell[k]] += weights[kept[k]] / total;
        }

        // V = n/(n − 1) Σ u_i u_iᵀ with u_i = v_i (e_cell − p̂), v_i = w_i/Σw (the u_i sum to 0, so centring them changes
        // nothing). Expanded, Σ u_i u_iᵀ = diag(s) − s p̂ᵀ − p̂ sᵀ + q p̂ p̂ᵀ with s_k = Σ_{i in cell k} v_i² and q = Σ v_i²:
        // built from the cells' sums, not an n × cells matrix, so a room of 10⁵ answers costs a pass, not 10⁹ products.
        var squares = Vector<double>.Build.Dense(nr * nc);
        for (var k = 0; k < n; k++)
        {
            var v = weights[kept[k]] / total;
            squares[cell[k]] += v * v;
        }

        var cross = squares.OuterProduct(shares);
        var covariance = (Matrix<double>.Build.DenseOfDiagonalVector(squares) - cross - cross.Transpose()
            + (squares.Sum() * shares.OuterProduct(shares))) * (n / (n - 1.0));
        var contrasts = Interactions(nr, nc);
        var inverseShares = Matrix<double>.Build.DenseOfDiagonalVector(shares.Map(p => p > 0 ? 1 / p : 0));
        var underIndependence = contrasts.TransposeThisAndMultiply(inverseShares * contrasts) / n;
        var underDesign = contrasts.TransposeThisAndMultiply(inverseShares * covariance * inverseShares * contrasts);
        var delta = underIndependence.Solve(underDesign);
        var trace = delta.Trace();
        var traceOfSquare = (delta * delta).Trace();
        if (!(trace > 1e-12) || !(traceOfSquare > 0) || !double.IsFinite(trace))
        {
            return null;
        }

        var pearson = Pearson(shares, nr, nc, n);
        var df = (nr - 1) * (nc - 1);
        var d0 = trace * trace / traceOfSquare;
        return new SurveyChiSquareTest(
            pearson,
            trace / df,
            ChiSquareTest.Of(pearson / (trace / df), df),
            FTest.Of(pearson / trace, d0, d0 * (n - 1)));
    }

    /// <summary>Each distinct code among the kept respondents, mapped to its index in ascending order.</summary>
    private static Dictionary<int, int> Codes(ReadOnlySpan<int> codes, int[] kept)
    {
        var distinct = new SortedSet<int>();
        foreach (var i in kept)
        {
            distinct.Add(codes[i]);
        }

        return distinct.Select((code, index) => (code, index)).ToDictionary(x => x.code, x => x.index);
    }

    /// <summary>X² = n Σ (p̂_rc − p̂_r p̂_c)² / (p̂_r p̂_c): Pearson's statistic on the weighted table scaled to n.</summary>
    private static double Pearson(Vector<double> shares, int nr, int nc, int n)
    {
        var rowShares = new double[nr];
        var columnShares = new double[nc];
        for (var r = 0; r < nr; r++)
        {
            for (var c = 0; c < nc; c++)
            {
                rowShares[r] += shares[r + (nr * c)];
                columnShares[c] += shares[r + (nr * c)];
            }
        }

        var sum = 0.0;
        for (var r = 0; r < nr; r++)
        {
            for (var c = 0; c < nc; c++)
            {
                var expected = rowShares[r] * columnShares[c];
                var gap = shares[r + (nr * c)] - expected;
                sum += gap * gap / expected;
            }
        }

        return n * sum;
    }

    /// <summary>
    /// The (r − 1)(c − 1) interaction indicators of the saturated model over the cells, less their projection on the
    /// main effects (intercept, rows, columns): the contrasts that independence sets to zero.
    /// </summary>
    private static Matrix<double> Interactions(int nr, int nc)
    {
        var mainEffects = Matrix<double>.Build.Dense(nr * nc, nr + nc - 1);
        var interactions = Matrix<double>.Build.Dense(nr * nc, (nr - 1) * (nc - 1));
        for (var c = 0; c < nc; c++)
        {
            for (var r = 0; r < nr; r++)
            {
                var k = r + (nr * c);
                mainEffects[k, 0] = 1;
                if (r > 0)
                {
                    mainEffects[k, r] = 1;
                }

                if (c > 0)
                {
                    mainEffects[k, nr - 1 + c] = 1;
                }

                if (r > 0 && c > 0)
                {
                    interactions[k, (r - 1) + ((nr - 1) * (c - 1))] = 1;
                }
            }
        }

        return interactions - (mainEffects * mainEffects.QR().Solve(interactions));
    }
}

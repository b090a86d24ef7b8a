using MathNet.Numerics.LinearAlgebra;

namespace ConsensusLab.Statistics;

/// <summary>
/// Design-based Kruskal–Wallis test (Lumley and Scott 2013), as R survey's svyranktest(test = "KruskalWallis") for
/// svydesign(ids = ~1, weights = ~w): ranks are estimated population ranks, the test is a Wald test of the group
/// differences in mean rank from a weighted regression, with its linearisation covariance.
/// </summary>
public static class SurveyRankTest
{
    /// <summary>
    /// Each respondent's rank score is its estimated population mid-rank over the total weight: in ascending order,
    /// (cumulative weight − own weight/2)/Σw, averaged (unweighted, as R's ave) over tied answers, which are kept in
    /// the respondents' order as R does. With m_g the weighted mean score of group g, the Wald statistic
    /// X² = βᵀ V⁻¹ β for β = m_g − m_first and V its linearisation covariance is referred to F = X²/(G − 1) on
    /// G − 1 and n − G degrees of freedom (n − 1 design df less G − 1); with two groups this is the square of
    /// svyranktest's t on n − 2 df, with the same p. Zero-weight respondents are out of the sample. Null with fewer
    /// than two groups, no residual degrees of freedom, all answers tied, or groups that do not overlap at all.
    /// </summary>
    /// <param name="values">One finite answer per respondent (exact position or ordinal code).</param>
    /// <param name="groups">The respondent's group, any integer code.</param>
    /// <param name="weights">One finite, non-negative weight per respondent.</param>
    public static FTest? KruskalWallis(ReadOnlySpan<double> values, ReadOnlySpan<int> groups, ReadOnlySpan<double> weights)
    {
        if (values.Length != groups.Length)
        {
            throw new ArgumentException($"{values.Length} answers but {groups.Length} group codes.", nameof(groups));
        }

        var sorted = WeightedAnswers.Sorted(values, weights);
        var n = sorted.Values.Length;
        var scores = RankScores(sorted);
        var index = new Dictionary<int, int>();
        var group = new int[n];
        for (var k = 0; k < n; k++)
        {
            var code = groups[sorted.Respondents[k]];
            if (!index.TryGetValue(code, out var g))
            {
                g = index.Count;
                index[code] = g;
            }

            group[k] = g;
        }

        var count = index.Count;
        if (count < 2 || n - count < 1 || sorted.Values[0] == sorted.Values[^1])
        {
            return null;
        }

        // Weighted least squares on group indicators: the coefficients are the groups' weighted mean scores, and a
        // respondent's influence on its group's mean is w_i (score_i − m_g) / W_g.
        var groupWeight = new double[count];
        var means = new double[count];
        for (var k = 0; k < n; k++)
        {
            groupWeight[group[k]] += sorted.Weights[k];
            means[group[k]] += sorted.Weights[k] * scores[k];
        }

        for (var g = 0; g < count; g++)
        {
            means[g] /= groupWeight[g];
        }

        var influence = Matrix<double>.Build.Dense(n, count);
        double within = 0, spread = 0, grand = means.Select((m, g) => m * groupWeight[g]).Sum() / sorted.Total;
        for (var k = 0; k < n; k++)
        {
            var residual = scores[k] - means[group[k]];
            influence[k, group[k]] = sorted.Weights[k] * residual / groupWeight[group[k]];
            within += sorted.Weights[k] * residual * residual;
            spread += sorted.Weights[k] * (scores[k] - grand) * (scores[k] - grand);
        }

        // No spread within the groups (they separate perfectly): the Wald statistic would be infinite, and rounding
        // alone would make it look finite.
        if (!(within > 1e-20 * spread))
        {
            return null;
        }

        var contrasts = Matrix<double>.Build.Dense(count - 1, count);
        var differences = Vector<double>.Build.Dense(count - 1);
        for (var g = 1; g < count; g++)
        {
            contrasts[g - 1, 0] = -1;
            contrasts[g - 1, g] = 1;
            differences[g - 1] = means[g] - means[0];
        }

        var covariance = contrasts * DesignCovariance.OfTotals(influence) * contrasts.Transpose();
        if (covariance.Rank() < count - 1)
        {
            return null;
        }

        var wald = differences.DotProduct(covariance.Solve(differences));
        return FTest.Of(wald / (count - 1), count - 1, n - count);
    }

    private static double[] RankScores(WeightedAnswers sorted)
    {
        var scores = new double[sorted.Values.Length];
        var cumulative = 0.0;
        foreach (var (first, last) in MidRanks.Runs(sorted.Values))
        {
            var sum = 0.0;
            for (var k = first; k <= last; k++)
            {
                cumulative += sorted.Weights[k];
                sum += cumulative - (sorted.Weights[k] / 2);
            }

            for (var k = first; k <= last; k++)
            {
                scores[k] = sum / (last - first + 1) / sorted.Total;
            }
        }

        return scores;
    }
}

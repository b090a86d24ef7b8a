namespace ConsensusLab.Statistics;

/// <summary>
/// Fleiss' (1971) kappa: agreement beyond chance among a fixed number of raters who each put every subject into one
/// of several categories. In ConsensusLab the raters are participants and the subjects questions on a common scale:
/// a question's tally of n answers is one row.
/// </summary>
public static class FleissKappa
{
    /// <summary>
    /// κ = (P̄ − P̄_e) / (1 − P̄_e), P_i = (Σ_j n_ij² − n) / (n(n − 1)) the agreeing pairs of subject i, P̄ their mean,
    /// P̄_e = Σ_j p_j² with p_j the share of all ratings in category j. Subjects nobody rated are left out. Null
    /// without subjects, with fewer than two raters, or when every rating falls in one category (P̄_e = 1: agreement
    /// cannot be told from chance).
    /// </summary>
    /// <param name="counts">Subjects × categories: n_ij raters put subject i in category j; every rated subject by
    /// the same number n of raters.</param>
    public static double? Of(long[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var raters = IndependenceTest.Totals(counts, byRow: true);
        var n = raters.FirstOrDefault(r => r > 0);
        if (raters.Any(r => r > 0 && r != n))
        {
            throw new ArgumentException("Fleiss' kappa needs the same number of raters for every subject.", nameof(counts));
        }

        var subjects = raters.Count(r => r > 0);
        if (subjects == 0 || n < 2)
        {
            return null;
        }

        var categories = IndependenceTest.Totals(counts, byRow: false);
        var agreement = 0.0;
        for (var i = 0; i < counts.GetLength(0); i++)
        {
            var squares = 0.0;
            for (var j = 0; j < categories.Length; j++)
            {
                squares += (double)counts[i, j] * counts[i, j];
            }

            agreement += raters[i] > 0 ? (squares - n) / (n * (n - 1.0)) : 0;
        }

        var ratings = (double)subjects * n;
        var chance = categories.Sum(c => c / ratings * (c / ratings));
        return chance < 1 - 1e-12 ? ((agreement / subjects) - chance) / (1 - chance) : null;
    }
}

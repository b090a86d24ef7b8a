namespace ConsensusLab.Statistics;

/// <summary>
/// Weighted summary of exact positions (−1 evolve … +1 create, as recorded in the ledger, not the live 0.01 grid).
/// Null = not computable. Zero-weight respondents are left out of every figure.
/// </summary>
/// <param name="Respondents">n, the respondents with positive weight.</param>
/// <param name="Mean">Σ w x / Σ w.</param>
/// <param name="PopulationVariance">Σ w (x − x̄)² / Σ w, the live meters' form; 0 for one respondent.</param>
/// <param name="SurveyVariance">n/(n − 1) · the population form, as R survey's svyvar; null for one respondent.</param>
/// <param name="Rule">The quantile rule the quartiles follow.</param>
/// <param name="LowerQuartile">Weighted p = 0.25 quantile.</param>
/// <param name="Median">Weighted p = 0.5 quantile.</param>
/// <param name="UpperQuartile">Weighted p = 0.75 quantile.</param>
/// <param name="Alpha">Esteban–Ray's α used for <paramref name="Polarization"/>.</param>
/// <param name="Polarization">Esteban–Ray on individuals: each distinct exact position is a group, positions rescaled to (x + 1)/2.</param>
public sealed record ExactPositionSummary(
    int Respondents,
    double? Mean,
    double? PopulationVariance,
    double? SurveyVariance,
    QuantileRule Rule,
    double? LowerQuartile,
    double? Median,
    double? UpperQuartile,
    double Alpha,
    double? Polarization)
{
    /// <summary>Nobody carries weight.</summary>
    public static ExactPositionSummary Undefined(QuantileRule rule, double alpha) =>
        new(0, null, null, null, rule, null, null, null, alpha, null);
}

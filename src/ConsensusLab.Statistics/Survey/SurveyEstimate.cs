namespace ConsensusLab.Statistics;

/// <summary>A weighted mean or proportion with its linearisation standard error. Null fields = not computable.</summary>
/// <param name="Estimate">Σ w y / Σ w over respondents with positive weight; null when none.</param>
/// <param name="StandardError">Linearisation SE for a weights-only, with-replacement design; null with fewer than two respondents.</param>
/// <param name="DesignEffect">Variance under the design over the variance of simple random sampling with replacement of the same size; null when either is zero or undefined.</param>
/// <param name="Respondents">Respondents with positive weight, n; the interval's degrees of freedom are n − 1.</param>
/// <param name="KishEffectiveN">Kish's (Σw)²/Σw², which does not depend on the answers; null when no respondent carries weight.</param>
public sealed record SurveyEstimate(double? Estimate, double? StandardError, double? DesignEffect, int Respondents, double? KishEffectiveN)
{
    /// <summary>Nothing to estimate from: no respondent with positive weight.</summary>
    public static SurveyEstimate Undefined { get; } = new(null, null, null, 0, null);
}

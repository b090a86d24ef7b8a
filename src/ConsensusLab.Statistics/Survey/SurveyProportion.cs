using MathNet.Numerics.Distributions;

namespace ConsensusLab.Statistics;

/// <summary>
/// Confidence intervals for a weighted share from its linearisation SE (<see cref="Linearisation.Proportion"/>).
/// The design-based intervals need a positive SE: with fewer than two respondents, or when everyone gives the same
/// answer (p = 0 or 1, SE = 0), they are null (R gives NA or a degenerate interval); the Wilson interval on Kish's n
/// is still defined there and is the one to show.
/// </summary>
public static class SurveyProportion
{
    /// <summary>The share with its interval by each method at the given confidence level.</summary>
    public static ProportionIntervals Intervals(SurveyEstimate share, double confidence)
    {
        ArgumentNullException.ThrowIfNull(share);
        // Refuse a bad level even when there is nothing to put an interval around.
        _ = WilsonInterval.Quantile(confidence);
        if (share.Estimate is not { } p)
        {
            return new ProportionIntervals(Proportion.Undefined, Proportion.Undefined, Proportion.Undefined, Proportion.Undefined);
        }

        var point = new Proportion(p, null, null);
        var designN = DesignEffectiveN(share);
        return new ProportionIntervals(
            WilsonInterval.Of(p, share.KishEffectiveN, confidence),
            designN is null ? point : WilsonInterval.Of(p, designN, confidence),
            designN is null ? point : Logit(p, share.StandardError!.Value, share.Respondents - 1, confidence),
            designN is null ? point : KornGraubard(p, designN.Value, confidence));
    }

    /// <summary>p(1 − p)/SE², the n for which simple random sampling would give the same SE; null when SE is 0 or undefined.</summary>
    public static double? DesignEffectiveN(SurveyEstimate share)
    {
        ArgumentNullException.ThrowIfNull(share);
        return share is { Estimate: { } p, StandardError: > 0 and var se } ? p * (1 - p) / (se * se) : null;
    }

    // svyglm(y ~ 1, family = quasibinomial) has intercept logit(p) with SE = SE(p)/(p(1 − p)) (the delta method is
    // exact for an intercept-only model), and confint(..., ddf = degf) uses the t quantile on n − 1 df.
    private static Proportion Logit(double p, double se, int degreesOfFreedom, double confidence)
    {
        var t = StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - confidence) / 2));
        var logit = Math.Log(p / (1 - p));
        var half = t * se / (p * (1 - p));
        return new Proportion(p, Expit(logit - half), Expit(logit + half));
    }

    // R's method = "beta" also multiplies n_eff by (t_{n−1} / t_df)², which is 1 for a weights-only design (df = n − 1).
    // p lies strictly inside (0, 1) here, since SE > 0.
    private static Proportion KornGraubard(double p, double effectiveN, double confidence)
    {
        var alpha = 1 - confidence;
        var lower = Beta.InvCDF(effectiveN * p, (effectiveN * (1 - p)) + 1, alpha / 2);
        var upper = Beta.InvCDF((effectiveN * p) + 1, effectiveN * (1 - p), 1 - (alpha / 2));
        return new Proportion(p, lower, upper);
    }

    private static double Expit(double x) => 1 / (1 + Math.Exp(-x));
}

namespace ConsensusLab.Statistics;

/// <summary>
/// Rao–Scott corrected tests of independence of group × answer on weighted data, as R survey's svychisq for a
/// weights-only, with-replacement design.
/// </summary>
/// <param name="Pearson">Pearson's X² on the weighted table scaled to n respondents (svychisq's uncorrected statistic).</param>
/// <param name="MeanDesignEffect">δ̄ = tr(Δ)/df, the mean generalised design effect (eigenvalue of Δ).</param>
/// <param name="FirstOrder">X²/δ̄ on df = (r − 1)(c − 1): svychisq(statistic = "Chisq"), which prints X² itself but takes its p from X²/δ̄.</param>
/// <param name="SecondOrder">F = X²/tr(Δ) on d₀ = tr(Δ)²/tr(Δ²) and d₀(n − 1): svychisq's default statistic = "F".</param>
public sealed record SurveyChiSquareTest(double Pearson, double MeanDesignEffect, ChiSquareTest FirstOrder, FTest SecondOrder);

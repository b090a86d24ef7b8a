namespace ConsensusLab.Statistics;

/// <summary>
/// How a weighted quantile is read off individual answers. Exports name the rule beside the figure, because the
/// rules disagree on small samples (by up to the gap between two neighbouring answers).
/// </summary>
public enum QuantileRule
{
    /// <summary>
    /// ConsensusLab's live rule (<see cref="WeightedQuantile"/>): each respondent sits at the midpoint of its weight
    /// along the cumulative weight, tied answers sharing their mean weight; midpoints rescaled to [0, 1] and
    /// interpolated linearly. Equal weights: Hyndman–Fan type 7.
    /// </summary>
    WeightMidpoints,

    /// <summary>R survey's qrule = "math": the smallest answer whose weighted ECDF reaches p (a weighted type 1).</summary>
    SurveyMath,

    /// <summary>
    /// R survey's qrule = "hf7": answers sorted, the k-th at p_k = (w_1 + … + w_{k−1}) / (W − w_n), interpolated
    /// linearly. Equal weights: Hyndman–Fan type 7. Unlike <see cref="WeightMidpoints"/>, the largest answer's own
    /// weight never enters, and between tied answers of unequal weight the respondents' order matters (R keeps the
    /// data order; so does ConsensusLab).
    /// </summary>
    SurveyHf7,
}

namespace ConsensusLab.Statistics;

/// <summary>Kish's effective sample size for weights that are constant within groups.</summary>
public static class Kish
{
    /// <summary>
    /// (Σ_g W_g)² / Σ_g (W_g² / n_g), where W_g is the group's total weight and n_g its respondents: Kish's
    /// (Σw)²/Σw² with every respondent of g weighing W_g/n_g. Null when no respondent carries weight.
    /// </summary>
    public static double? EffectiveN(ReadOnlySpan<double> groupTotalWeights, ReadOnlySpan<long> groupRespondents)
    {
        var sum = 0.0;
        var sumOfSquares = 0.0;
        for (var g = 0; g < groupTotalWeights.Length; g++)
        {
            var total = groupTotalWeights[g];
            if (total > 0 && groupRespondents[g] > 0)
            {
                sum += total;
                sumOfSquares += total * total / groupRespondents[g];
            }
        }

        return sumOfSquares > 0 ? sum * sum / sumOfSquares : null;
    }

    /// <summary>Kish's design effect n / n_eff; null when n_eff is undefined.</summary>
    public static double? DesignEffect(long respondents, double? effectiveN) =>
        effectiveN is > 0 ? respondents / effectiveN.Value : null;
}

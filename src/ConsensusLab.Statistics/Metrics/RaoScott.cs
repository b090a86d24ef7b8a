namespace ConsensusLab.Statistics;

/// <summary>
/// Rao and Scott's (1981) first-order correction of a chi-square test for a complex design. ConsensusLab's own
/// weights are constant within each group and the test runs on unweighted counts, so the live test needs no
/// correction; this is for callers whose counts come with a design effect (for example clustered sampling). With
/// respondent weights, <see cref="SurveyChiSquare"/> estimates the design effects from the raw answers.
/// </summary>
public static class RaoScott
{
    /// <summary>X²/δ̄ on the same degrees of freedom, δ̄ being the mean generalised design effect (δ̄ = 1: unchanged).</summary>
    public static ChiSquareTest FirstOrder(ChiSquareTest test, double meanDesignEffect)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (!(meanDesignEffect > 0) || double.IsInfinity(meanDesignEffect))
        {
            throw new ArgumentOutOfRangeException(nameof(meanDesignEffect), meanDesignEffect, "A design effect must be positive and finite.");
        }

        return ChiSquareTest.Of(test.Statistic / meanDesignEffect, test.DegreesOfFreedom);
    }
}

using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>
/// One weight per respondent, with what raking needs to know about them. Unlike <see cref="Weighting"/>, whose
/// weights are constant within a stakeholder group, these may differ between any two respondents (after raking to
/// regional groups, say), so figures computed from them need the raw answers, not the tally.
/// </summary>
public sealed record RespondentWeights
{
    /// <summary>Weights in the order of <paramref name="respondents"/>; finite and non-negative.</summary>
    public RespondentWeights(ImmutableArray<RespondentProfile> respondents, ImmutableArray<double> weights)
    {
        if (respondents.Length != weights.Length)
        {
            throw new ArgumentException($"{respondents.Length} respondents but {weights.Length} weights.", nameof(weights));
        }

        foreach (var w in weights)
        {
            if (!double.IsFinite(w) || w < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), w, "A respondent's weight must be finite and non-negative.");
            }
        }

        Respondents = respondents;
        Weights = weights;
    }

    /// <summary>The respondents, in a fixed order that the answers passed to the estimators must follow.</summary>
    public ImmutableArray<RespondentProfile> Respondents { get; }

    /// <summary>The weight of each respondent, in the same order.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>Σ w.</summary>
    public double Total => Weights.Sum();

    /// <summary>Every respondent at weight 1 (headcount).</summary>
    public static RespondentWeights Headcount(IEnumerable<RespondentProfile> respondents)
    {
        var profiles = respondents.ToImmutableArray();
        return new RespondentWeights(profiles, ImmutableArray.CreateRange(Enumerable.Repeat(1.0, profiles.Length)));
    }

    /// <summary>
    /// The same weights scaled to sum to n, the number of respondents (zero-weight respondents included, as the
    /// schemes count them). Every estimator here is a ratio and does not depend on the scale; the scale only makes a
    /// weight readable as "counts as this many respondents". All weights zero: returned unchanged.
    /// </summary>
    public RespondentWeights NormalisedToCount()
    {
        var total = Total;
        return total > 0 ? Scaled(Weights.Length / total) : this;
    }

    /// <summary>Kish's effective n, (Σw)²/Σw²; null when no respondent carries weight.</summary>
    public double? KishEffectiveN()
    {
        var sumOfSquares = Weights.Sum(w => w * w);
        return sumOfSquares > 0 ? Total * Total / sumOfSquares : null;
    }

    /// <summary>Kish's design effect n / n_eff (n counting every respondent, as the live meters do); null when undefined.</summary>
    public double? KishDesignEffect() => Kish.DesignEffect(Weights.Length, KishEffectiveN());

    private RespondentWeights Scaled(double factor) =>
        new(Respondents, ImmutableArray.CreateRange(Weights, w => w * factor));
}

namespace ConsensusLab.Statistics;

/// <summary>
/// How groups are weighted. Every scheme gives all respondents of one group the same weight, which is why integer
/// tallies per group are sufficient statistics for every scheme.
/// Headcount: weight 1 per respondent. EqualFooting: each group with at least one respondent carries the same total
/// weight N/G' (N respondents, G' groups present), shared equally among its respondents; an empty group is left out
/// and its share goes to the others. Custom: the moderator gives each group a relative weight c_g &gt;= 0
/// (missing = 1); group total = N * c_g / sum of c over present groups; a group with c_g = 0 gets zero weight (it
/// still appears, with its own unweighted within-group figures, but contributes nothing overall).
/// </summary>
/// <param name="Scheme">The weighting scheme.</param>
/// <param name="CustomWeights">Relative weights by group code, for <see cref="WeightingScheme.Custom"/> only.</param>
public sealed record Weighting(WeightingScheme Scheme, IReadOnlyDictionary<string, double>? CustomWeights = null)
{
    /// <summary>Every group present carries the same total weight.</summary>
    public static Weighting EqualFooting { get; } = new(WeightingScheme.EqualFooting);

    /// <summary>One respondent, one vote.</summary>
    public static Weighting Headcount { get; } = new(WeightingScheme.Headcount);

    /// <summary>The moderator's relative weights, validated to be finite and non-negative.</summary>
    public IReadOnlyDictionary<string, double>? CustomWeights { get; init; } = ValidCustomWeights(CustomWeights);

    /// <summary>Per group, in the tally's order, the weight of ONE respondent of that group; 0 for empty groups.</summary>
    public double[] RespondentWeights(TallySnapshot tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var groups = tally.Groups;
        var weights = new double[groups.Length];
        long total = 0;
        var present = 0;
        var relativeSum = 0.0;
        foreach (var group in groups)
        {
            if (group.Respondents > 0)
            {
                total += group.Respondents;
                present++;
                relativeSum += RelativeWeight(group.Group);
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            var n = groups[g].Respondents;
            if (n == 0)
            {
                continue;
            }

            weights[g] = Scheme switch
            {
                WeightingScheme.Headcount => 1.0,
                WeightingScheme.EqualFooting => (double)total / present / n,

                // All present groups weighted zero leaves nothing to normalise: everyone gets zero.
                WeightingScheme.Custom => relativeSum > 0 ? total * RelativeWeight(groups[g].Group) / relativeSum / n : 0.0,
                _ => throw new InvalidOperationException("Unknown weighting scheme."),
            };
        }

        return weights;
    }

    private double RelativeWeight(string group) =>
        CustomWeights is not null && CustomWeights.TryGetValue(group, out var c) ? c : 1.0;

    private static IReadOnlyDictionary<string, double>? ValidCustomWeights(IReadOnlyDictionary<string, double>? weights)
    {
        if (weights is null)
        {
            return null;
        }

        foreach (var (group, c) in weights)
        {
            if (!double.IsFinite(c) || c < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), c, $"The weight of group {group} must be finite and non-negative.");
            }
        }

        return weights;
    }
}

namespace ConsensusLab.Statistics;

/// <summary>
/// How groups are weighted. Every scheme gives all respondents of one group the same weight, which is why integer
/// tallies per group are sufficient statistics for every scheme.
/// Headcount: weight 1 per respondent. EqualFooting: each group with at least one respondent carries the same total
/// weight N/G' (N respondents, G' groups present), shared equally among its respondents; an empty group is left out
/// and its share goes to the others. Custom: the moderator gives each group a relative weight c_g &gt;= 0
/// (missing = 1); group total = N * c_g / sum of c over present groups; a group with c_g = 0 gets zero weight (it
/// still appears, with its own unweighted within-group figures, but contributes nothing overall).
/// Under EqualFooting the groups of <see cref="Other"/> are weighted as their treatment says: as a group, at one per
/// respondent (the stakeholder groups present sharing N − n_other equally), or not at all (the stakeholder groups
/// sharing N).
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

    /// <summary>A session's three schemes, in the order its figures give them: equal footing, headcount, custom.</summary>
    /// <param name="customWeights">The moderator's relative group weights for the custom scheme.</param>
    /// <param name="other">"Other / prefer not to say" and its treatment, the same in every scheme.</param>
    public static IReadOnlyList<Weighting> Schemes(IReadOnlyDictionary<string, double> customWeights, OtherGroups other) =>
    [
        EqualFooting with { Other = other },
        Headcount with { Other = other },
        new Weighting(WeightingScheme.Custom, customWeights) { Other = other },
    ];

    /// <summary>"Other / prefer not to say" and its treatment; by default there is no such group.</summary>
    public OtherGroups Other { get; init; } = OtherGroups.None;

    /// <summary>Per group, in the tally's order, the weight of ONE respondent of that group; 0 for empty groups.</summary>
    public double[] RespondentWeights(TallySnapshot tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return RespondentWeights(tally.Groups.Select(g => (g.Group, g.Respondents)).ToArray());
    }

    /// <summary>
    /// Per group, in the given order, the weight of ONE respondent of that group; 0 for empty groups. The tally's
    /// overload and the per-respondent weights of a survey both come here, so the two cannot drift apart.
    /// </summary>
    internal double[] RespondentWeights(IReadOnlyList<(string Group, long Respondents)> groups)
    {
        var weights = new double[groups.Count];
        long total = 0;
        var stakeholderGroups = 0;
        var relativeSum = 0.0;
        long otherRespondents = 0;
        foreach (var (group, respondents) in groups)
        {
            if (respondents > 0)
            {
                total += respondents;
                relativeSum += RelativeWeight(group);
                if (Other.IsStakeholderGroup(group))
                {
                    stakeholderGroups++;
                }
                else
                {
                    otherRespondents += respondents;
                }
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var (group, n) = groups[g];
            if (n == 0)
            {
                continue;
            }

            weights[g] = Scheme switch
            {
                WeightingScheme.Headcount => 1.0,
                WeightingScheme.EqualFooting => EqualFootingWeight(group, n, total, otherRespondents, stakeholderGroups),

                // All present groups weighted zero leaves nothing to normalise: everyone gets zero.
                WeightingScheme.Custom => relativeSum > 0 ? total * RelativeWeight(group) / relativeSum / n : 0.0,
                _ => throw new InvalidOperationException("Unknown weighting scheme."),
            };
        }

        return weights;
    }

    /// <summary>
    /// Each stakeholder group present carries the same total; "Other" counts once per respondent or not at all. With
    /// only "Other" present and pooled, its respondents keep their headcount weight; left out, nobody carries weight.
    /// </summary>
    private double EqualFootingWeight(string group, long n, long total, long otherRespondents, int stakeholderGroups)
    {
        if (!Other.IsStakeholderGroup(group))
        {
            return Other.Treatment == OtherGroupTreatment.PooledAtHeadcount ? 1.0 : 0.0;
        }

        var shared = Other.Treatment == OtherGroupTreatment.PooledAtHeadcount ? total - otherRespondents : total;
        return (double)shared / stakeholderGroups / n;
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

namespace ConsensusLab.Statistics;

/// <summary>
/// One margin resolved against the respondents: each respondent's category index and each category's target share,
/// checked so that raking can meet it (or refused, naming the margin and category).
/// </summary>
internal sealed class MarginCells
{
    private MarginCells(RespondentTrait attribute, string[] categories, int[] categoryOf, double[] targets)
    {
        Attribute = attribute;
        Categories = categories;
        CategoryOf = categoryOf;
        Targets = targets;
    }

    public RespondentTrait Attribute { get; }

    public string[] Categories { get; }

    public int[] CategoryOf { get; }

    /// <summary>Target shares, summing to 1.</summary>
    public double[] Targets { get; }

    public static MarginCells Resolve(RakingMargin margin, RespondentWeights start)
    {
        var attribute = margin.Attribute;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var categoryOf = new int[start.Respondents.Length];
        var weighted = new List<double>();
        for (var i = 0; i < categoryOf.Length; i++)
        {
            var category = start.Respondents[i].Category(attribute);
            if (!index.TryGetValue(category, out var c))
            {
                c = index.Count;
                index[category] = c;
                weighted.Add(0);
            }

            categoryOf[i] = c;
            weighted[c] += start.Weights[i];
        }

        var categories = index.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray();
        var targets = margin.TargetShares is null
            ? EqualTargets(weighted)
            : GivenTargets(attribute, margin.TargetShares, categories);
        for (var c = 0; c < categories.Length; c++)
        {
            // Multiplying weights cannot make a category that weighs nothing weigh something.
            if (targets[c] > 0 && weighted[c] == 0)
            {
                throw new RakingTargetException(attribute, categories[c], "has a positive target share but its respondents all weigh zero");
            }
        }

        return new MarginCells(attribute, categories, categoryOf, targets);
    }

    /// <summary>Equal shares across the categories present with weight; a category whose respondents all weigh zero stays at zero.</summary>
    private static double[] EqualTargets(List<double> weighted)
    {
        var present = weighted.Count(w => w > 0);
        return weighted.Select(w => w > 0 ? 1.0 / present : 0.0).ToArray();
    }

    private static double[] GivenTargets(RespondentTrait attribute, IReadOnlyDictionary<string, double> shares, string[] categories)
    {
        var sum = 0.0;
        foreach (var (category, share) in shares)
        {
            if (!double.IsFinite(share) || share < 0)
            {
                throw new RakingTargetException(attribute, category, $"has target share {share}, which is not a finite non-negative number");
            }

            if (share > 0 && !categories.Contains(category, StringComparer.Ordinal))
            {
                throw new RakingTargetException(attribute, category, "has a positive target share but no respondents");
            }

            sum += share;
        }

        var targets = new double[categories.Length];
        for (var c = 0; c < categories.Length; c++)
        {
            if (!shares.TryGetValue(categories[c], out var share))
            {
                throw new RakingTargetException(attribute, categories[c], "has respondents but no target share (give it 0 to leave them out)");
            }

            targets[c] = share;
        }

        if (sum <= 0)
        {
            throw new RakingTargetException(attribute, string.Join(", ", categories), "(every category present) has target share zero");
        }

        return targets.Select(t => t / sum).ToArray();
    }

    /// <summary>The weighted share of each category.</summary>
    public double[] Shares(double[] weights)
    {
        var sums = new double[Categories.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sums[CategoryOf[i]] += weights[i];
            total += weights[i];
        }

        return total > 0 ? sums.Select(s => s / total).ToArray() : sums;
    }

    /// <summary>Largest gap between a weighted share and its target.</summary>
    public double MaxError(double[] weights) =>
        Shares(weights).Zip(Targets, (share, target) => Math.Abs(share - target)).DefaultIfEmpty(0).Max();

    /// <summary>One step of iterative proportional fitting: scales each category to its target share of the total.</summary>
    public void Fit(double[] weights)
    {
        var shares = Shares(weights);
        for (var i = 0; i < weights.Length; i++)
        {
            var c = CategoryOf[i];
            weights[i] = shares[c] > 0 ? weights[i] * Targets[c] / shares[c] : 0.0;
        }
    }
}

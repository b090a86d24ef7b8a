namespace ConsensusLab.Statistics;

/// <summary>Unweighted quartiles of individual answers under one named Hyndman–Fan type, for the Delphi IQR rule.</summary>
/// <param name="Type">The sample quantile definition used.</param>
/// <param name="Lower">First quartile, p = 0.25.</param>
/// <param name="Median">p = 0.5.</param>
/// <param name="Upper">Third quartile, p = 0.75.</param>
public sealed record Quartiles(SampleQuantileType Type, double Lower, double Median, double Upper)
{
    /// <summary>Q3 − Q1.</summary>
    public double InterquartileRange => Upper - Lower;

    /// <summary>The quartiles of the answers; null when there are none.</summary>
    public static Quartiles? Of(ReadOnlySpan<double> values, SampleQuantileType type)
    {
        if (values.IsEmpty)
        {
            return null;
        }

        var sorted = SampleQuantile.Sorted(values);
        return new Quartiles(type, SampleQuantile.Of(sorted, 0.25, type), SampleQuantile.Of(sorted, 0.5, type), SampleQuantile.Of(sorted, 0.75, type));
    }

    /// <summary>The Delphi IQR flag from these quartiles: IQR within the criteria's limit for a scale of <paramref name="points"/> points.</summary>
    public bool IsConcentrated(DelphiCriteria criteria, int points)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return criteria.IsConcentrated(points, InterquartileRange);
    }
}

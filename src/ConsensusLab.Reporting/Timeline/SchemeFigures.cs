using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>One figure under each weighting scheme; null where it is undefined (nobody answered, or nobody carries weight).</summary>
public sealed record SchemeFigures(double? EqualFooting, double? Headcount, double? Custom)
{
    /// <summary>The figure under <paramref name="scheme"/>.</summary>
    public double? Of(WeightingScheme scheme) => scheme switch
    {
        WeightingScheme.EqualFooting => EqualFooting,
        WeightingScheme.Headcount => Headcount,
        WeightingScheme.Custom => Custom,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown weighting scheme."),
    };
}

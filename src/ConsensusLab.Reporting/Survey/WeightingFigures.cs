using System.Collections.Immutable;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>A question round's recomputed figures under one weighting.</summary>
/// <param name="Weighting">equalFooting, headcount, custom (the group schemes) or raked.</param>
/// <param name="Groups">The room ("overall") first, then each group of the session.</param>
public sealed record WeightingFigures(string Weighting, ImmutableArray<SurveyGroupFigures> Groups)
{
    /// <summary>The weighting of respondent weights raked to the moderator's margins.</summary>
    public const string Raked = "raked";

    /// <summary>
    /// Between the groups compared, except multiple choice and statements: Rao–Scott first- and second-order tests of
    /// group × answer (Likert point, option, position bin, first-ranked item) under these weights, as R survey's svychisq.
    /// </summary>
    public SurveyChiSquareTest? RaoScott { get; init; }

    /// <summary>Between the groups compared, Likert and position: design-based Kruskal–Wallis under these weights, as R survey's svyranktest.</summary>
    public FTest? DesignKruskalWallis { get; init; }

    /// <summary>Each counted answer's weight, in <see cref="RoundSurvey.Sequences"/> order, summing to n; answers.csv's weight columns, not part of summary.json.</summary>
    internal ImmutableArray<double> Weights { get; init; } = [];
}

using System.Collections.Immutable;

namespace ConsensusLab.Reporting;

/// <summary>A question round's recomputed figures under one weighting.</summary>
/// <param name="Weighting">equalFooting, headcount, custom (the group schemes) or raked.</param>
/// <param name="Groups">The room ("overall") first, then each group of the session.</param>
public sealed record WeightingFigures(string Weighting, ImmutableArray<SurveyGroupFigures> Groups)
{
    /// <summary>The weighting of respondent weights raked to the moderator's margins.</summary>
    public const string Raked = "raked";
}

using System.Collections.Immutable;

namespace ConsensusLab.Reporting;

/// <summary>Which figures the live meters compute from sufficient statistics, and which need the raw answers.</summary>
public sealed record FigureSources(ImmutableArray<string> Live, ImmutableArray<string> Recomputed)
{
    public static FigureSources All { get; } = new(
        ["distribution", "respondents", "totalWeight", "effectiveN", "designEffect", "agree", "disagree", "ordinalConsensus",
         "polarization", "position", "positionShape", "ranking", "rankingConcordance (from the tally: complete rankings have no ties)",
         "crossGroup", "betweenGroups (chi-square, Cramér's V, Kruskal–Wallis)"],
        ["kendallW (tie-corrected, from each participant's ranking)", "krippendorffAlpha (nominal, ordinal)",
         "round shift (McNemar, Wilcoxon signed-rank)",
         "survey (per-respondent weights: linearisation SEs, design effects, Wilson/logit/Korn–Graubard intervals, exact positions, R type 2/6/7 quartiles, Kruskal–Wallis on exact answers; raked weights, which the live meters never use)",
         "every figure of the exports (recomputed from the ledger)"]);
}

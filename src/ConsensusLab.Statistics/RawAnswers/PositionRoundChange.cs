namespace ConsensusLab.Statistics;

/// <summary>Round-to-round change on the position axis, from raw answers (unweighted).</summary>
/// <param name="MeanBefore">Mean position among all who answered the earlier round.</param>
/// <param name="MeanAfter">Mean position among all who answered the later round.</param>
/// <param name="NetChange">MeanAfter − MeanBefore (positive = towards "create new structures").</param>
/// <param name="Pairs">Participants who answered both rounds.</param>
/// <param name="ShareMoved">Share of pairs whose position changed (by at least the 0.01 quantum).</param>
/// <param name="Wilcoxon">Signed-rank test of the paired changes; null when nobody moved.</param>
public sealed record PositionRoundChange(double? MeanBefore, double? MeanAfter, double? NetChange, int Pairs,
    double? ShareMoved, SignedRankTest? Wilcoxon);

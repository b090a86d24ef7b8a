namespace ConsensusLab.Statistics;

/// <summary>Round-to-round change on an ordinal question, from raw answers (unweighted).</summary>
/// <param name="AgreeBefore">Share agreeing (top two points) among all who answered the earlier round.</param>
/// <param name="AgreeAfter">Share agreeing among all who answered the later round.</param>
/// <param name="NetChange">AgreeAfter − AgreeBefore.</param>
/// <param name="Pairs">Participants who answered both rounds.</param>
/// <param name="ShareMoved">Share of pairs whose answer changed at all.</param>
/// <param name="McNemar">Paired test of agree vs not agree; null without pairs.</param>
public sealed record OrdinalRoundChange(double? AgreeBefore, double? AgreeAfter, double? NetChange, int Pairs,
    double? ShareMoved, McNemarTest? McNemar);

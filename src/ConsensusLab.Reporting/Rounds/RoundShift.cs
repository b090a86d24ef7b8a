namespace ConsensusLab.Reporting;

/// <summary>The shift of a question between two consecutive rounds; figures that do not apply are null.</summary>
/// <param name="FromRound">The earlier round.</param>
/// <param name="ToRound">The later round.</param>
/// <param name="NetChangeAgree">Likert: change of % agree (top two points), as a share, each participant counted once (headcount).</param>
/// <param name="NetChangeMeanPosition">Position: change of the mean position, each participant counted once (headcount).</param>
/// <param name="Pairs">Participants who answered both rounds.</param>
/// <param name="ShareMoved">Share of those who gave a different answer.</param>
/// <param name="McNemarPValue">Likert: McNemar's test on agree/not agree of the pairs.</param>
/// <param name="WilcoxonPValue">Position: Wilcoxon's signed-rank test on the pairs.</param>
/// <param name="NetChanges">
/// The net change under each weighting scheme, from the overall meters of the two rounds: a card shows the one of the
/// weighting its figures are under, so the change and the figures beside it cannot disagree in sign.
/// </param>
public sealed record RoundShift(int FromRound, int ToRound, double? NetChangeAgree, double? NetChangeMeanPosition, int Pairs,
    double? ShareMoved, double? McNemarPValue, double? WilcoxonPValue, SchemeNetChanges NetChanges);

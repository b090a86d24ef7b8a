namespace ConsensusLab.Statistics;

/// <summary>A weighted share with its confidence interval by each method (Estimate is the same share in each).</summary>
/// <param name="WilsonKish">Wilson on Kish's effective n, as the live meters give it: depends on the weights only.</param>
/// <param name="WilsonDesign">Wilson on the design's effective n, p(1 − p)/SE²: depends on how answers and weights go together.</param>
/// <param name="Logit">R survey's svyciprop(method = "logit"): a t interval on the log-odds, mapped back.</param>
/// <param name="KornGraubard">R survey's svyciprop(method = "beta"): Korn and Graubard's (1998) Clopper–Pearson on the design's effective n.</param>
public sealed record ProportionIntervals(Proportion WilsonKish, Proportion WilsonDesign, Proportion Logit, Proportion KornGraubard);

using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>A weighted share with its linearisation SE, outcome-specific design effect and four intervals.</summary>
/// <param name="Estimate">Share, SE, design effect, respondents with weight and Kish's n (R survey's svymean).</param>
/// <param name="Intervals">Wilson on Kish's n, Wilson on the design's n, logit and Korn–Graubard (R survey's svyciprop).</param>
public sealed record SurveyShare(SurveyEstimate Estimate, ProportionIntervals Intervals);

using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>Unweighted quartiles under one R type, with the Delphi IQR flag they give.</summary>
/// <param name="Quartiles">Q1, median, Q3 of the answers (Likert: points 1..k; position: −1 … +1).</param>
/// <param name="Concentrated">Likert: IQR within the moderator's Delphi limit; null for positions (the Delphi rule is for scales).</param>
public sealed record DelphiQuartiles(Quartiles Quartiles, bool? Concentrated);

namespace ConsensusLab.Statistics;

/// <summary>Raked weights with what they cost and how well they meet the margins.</summary>
/// <param name="Weights">The raked (and trimmed, if asked) weights, summing to n.</param>
/// <param name="Iterations">Full passes over the margins that were made.</param>
/// <param name="Converged">Whether every margin was met within the tolerance before trimming.</param>
/// <param name="MaxMarginError">Largest gap between a weighted share and its target over all margins, after trimming (trimming reopens gaps by design).</param>
/// <param name="DesignEffect">Kish's design effect of the final weights, what the adjustment costs in precision; null when no respondent carries weight.</param>
public sealed record RakingResult(RespondentWeights Weights, int Iterations, bool Converged, double MaxMarginError, double? DesignEffect);

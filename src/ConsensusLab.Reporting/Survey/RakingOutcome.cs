namespace ConsensusLab.Reporting;

/// <summary>How raking a question round's respondents went.</summary>
/// <param name="Respondents">Respondents raked.</param>
/// <param name="Iterations">Passes over the margins.</param>
/// <param name="Converged">Every margin met within the tolerance before trimming.</param>
/// <param name="MaxMarginError">Largest gap between a weighted share and its target, after trimming; null when refused.</param>
/// <param name="DesignEffect">Kish's design effect of the raked weights: what balancing costs in precision; null when refused or nobody answered.</param>
/// <param name="Problem">Why the room cannot be raked (a target for a category nobody in it belongs to, …); null when it was.</param>
public sealed record RakingOutcome(int Respondents, int Iterations, bool Converged, double? MaxMarginError, double? DesignEffect, string? Problem);

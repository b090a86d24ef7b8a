namespace ConsensusLab.Statistics;

/// <summary>The shape of the answers on the position axis.</summary>
/// <param name="BimodalityCoefficient">Sarle's bimodality coefficient; null with n_eff ≤ 3 or no spread.</param>
/// <param name="SplitRoom">True when the coefficient exceeds 5/9: the room looks split into two camps.</param>
public sealed record PositionShape(double? BimodalityCoefficient, bool? SplitRoom);

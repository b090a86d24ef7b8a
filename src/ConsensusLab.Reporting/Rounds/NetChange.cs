namespace ConsensusLab.Reporting;

/// <summary>
/// The change of the room's figures from one round to the next under one weighting: the later round's overall meter
/// minus the earlier one's, so it moves the way the figures a card shows under that weighting moved.
/// </summary>
/// <param name="Agree">Likert: change of the weighted share in the top two points; null for other kinds or a round without answers.</param>
/// <param name="MeanPosition">Position: change of the weighted mean position; null for other kinds or a round without answers.</param>
public sealed record NetChange(double? Agree, double? MeanPosition);

namespace ConsensusLab.Server.Api;

/// <summary>A participant on the opinion map, without the pseudonym: the map is for the room.</summary>
/// <param name="Group">The opinion group's label; null when the participant voted on too few statements.</param>
public sealed record OpinionPoint(double X, double Y, int? Group);

namespace ConsensusLab.Server.Api;

/// <summary>A participant's withdrawal took effect: their answers no longer count and their token stops working.</summary>
public sealed record Withdrawal(string ParticipantId, bool Withdrawn);

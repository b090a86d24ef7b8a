using ConsensusLab.Domain.Participants;

namespace ConsensusLab.Server.Api;

/// <summary>What a participant declares on joining a session; with an invite code, the code sets the group.</summary>
public sealed record JoinRequest(string? Group, string? Country, Attendance? Attendance, Gender? Gender, string? AgeBand, string? InviteCode);

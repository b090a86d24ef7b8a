namespace ConsensusLab.CrowdSimulator.Api;

/// <summary>POST /api/sessions/{code}/participants; gender and age band are left out when not declared.</summary>
internal sealed record JoinRequest(Guid RequestId, string Group, string Country, string Attendance, string? Gender, string? AgeBand);

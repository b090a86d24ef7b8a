namespace ConsensusLab.CrowdSimulator.Crowd;

/// <summary>Who a simulated participant says they are.</summary>
internal sealed record Profile(string Group, string Country, string Attendance, string? Gender, string? AgeBand);

namespace ConsensusLab.Reporting;

/// <summary>Participants in the room and online; attendance is required on joining, so the basis is the total.</summary>
public sealed record AttendanceFigures(ParticipationCount Onsite, ParticipationCount Online);

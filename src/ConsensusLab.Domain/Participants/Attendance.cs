namespace ConsensusLab.Domain.Participants;

/// <summary>Whether a participant is in the room or joins remotely.</summary>
public enum Attendance
{
    Onsite,
    Online,
}

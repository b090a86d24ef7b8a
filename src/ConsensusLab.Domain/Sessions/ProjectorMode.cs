namespace ConsensusLab.Domain.Sessions;

/// <summary>What the room's screen (the projector page) shows, as the moderator chose it.</summary>
public enum ProjectorMode
{
    /// <summary>The question opened most recently (else the one opened last before it closed); the join screen before any.</summary>
    Automatic,

    /// <summary>One question the moderator chose, whatever its status.</summary>
    Question,

    /// <summary>Only how to join: the QR code, the address and the join code.</summary>
    Join,
}

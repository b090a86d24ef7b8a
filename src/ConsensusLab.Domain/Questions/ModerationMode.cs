namespace ConsensusLab.Domain.Questions;

/// <summary>When a statement a participant wrote is put to the room.</summary>
public enum ModerationMode
{
    /// <summary>Nothing a participant writes is shown until the moderator accepts it.</summary>
    Strict,

    /// <summary>Statements are shown at once; the moderator may still reject them (they then leave the room).</summary>
    Permissive,
}

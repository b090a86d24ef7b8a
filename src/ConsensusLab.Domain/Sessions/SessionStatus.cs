namespace ConsensusLab.Domain.Sessions;

/// <summary>A session's lifecycle: participants may join only while it is open.</summary>
public enum SessionStatus
{
    Draft,
    Open,
    Closed,
}

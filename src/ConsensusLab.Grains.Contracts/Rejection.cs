namespace ConsensusLab.Grains;

/// <summary>Why a grain refused a command; the API turns each into its HTTP status.</summary>
public enum Rejection
{
    /// <summary>The session, question, group or participant does not exist.</summary>
    NotFound,

    /// <summary>The command does not fit the current state: a closed question, a session not open.</summary>
    Conflict,

    /// <summary>The command's content is invalid: a value out of range, an unknown group or country.</summary>
    Invalid,

    /// <summary>The caller did not say who they are (no participant token, or an unknown one).</summary>
    Unauthenticated,

    /// <summary>The caller is known but may not do this here (a token of another session).</summary>
    Forbidden,

    /// <summary>The caller did this too often lately (a participant writing statements faster than the room can read them).</summary>
    TooMany,
}

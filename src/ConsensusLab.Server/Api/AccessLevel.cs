namespace ConsensusLab.Server.Api;

/// <summary>What a request may see and do in a session.</summary>
internal enum AccessLevel
{
    /// <summary>Participants and anyone else: the session view and revealed results.</summary>
    Public,

    /// <summary>A projector: every meter, no control, no raw answers.</summary>
    Viewer,

    /// <summary>The moderator: everything.</summary>
    Moderator,
}

namespace ConsensusLab.Grains.Live;

/// <summary>What changed in a session, so each web process refreshes only what it must.</summary>
public enum SessionChange
{
    /// <summary>The session's status, weighting, keys or invites.</summary>
    Session,

    /// <summary>A question opened, closed, was revealed or started a round.</summary>
    Questions,

    /// <summary>A participant joined or withdrew.</summary>
    Members,

    /// <summary>A group's custom weight, the treatment of "Other / prefer not to say", or the meter settings.</summary>
    Weights,
}

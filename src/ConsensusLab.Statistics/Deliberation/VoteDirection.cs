namespace ConsensusLab.Statistics.Deliberation;

/// <summary>Which way a statement sets a group apart.</summary>
public enum VoteDirection
{
    /// <summary>The group agrees more than the rest of the room.</summary>
    Agree,

    /// <summary>The group disagrees more than the rest of the room.</summary>
    Disagree,
}

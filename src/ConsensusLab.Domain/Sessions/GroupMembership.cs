namespace ConsensusLab.Domain.Sessions;

/// <summary>How participants came to be in their stakeholder group: what every meter and export states.</summary>
public enum GroupMembership
{
    /// <summary>Participants chose their group themselves.</summary>
    SelfDeclared,

    /// <summary>Participants joined with invite codes the moderator issued per group or delegation.</summary>
    Verified,
}

namespace ConsensusLab.Domain.Questions;

/// <summary>Where a statement stands in moderation.</summary>
public enum StatementStatus
{
    /// <summary>Written by a participant and not yet moderated.</summary>
    Pending,

    Accepted,

    /// <summary>Never shown again; its votes stay in the ledger but count nowhere.</summary>
    Rejected,

    /// <summary>About the conversation rather than the issue: shown and voted on, left out of the opinion groups and bridging.</summary>
    Meta,
}

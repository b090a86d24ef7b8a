namespace ConsensusLab.Storage;

/// <summary>What a ledger entry records.</summary>
public enum LedgerEntryKind
{
    /// <summary>An answer; the participant's latest one for a question and round counts.</summary>
    Answer,

    /// <summary>The participant withdrew: from here on none of their answers to the question counts.</summary>
    Withdrawal,

    /// <summary>A vote on one statement of a statements question; the participant's latest vote per statement and round counts.</summary>
    Vote,
}

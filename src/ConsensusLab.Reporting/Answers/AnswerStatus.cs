namespace ConsensusLab.Reporting;

/// <summary>Whether a ledger entry is the participant's answer that counts, one they replaced or withdrew, or a withdrawal.</summary>
public enum AnswerStatus
{
    /// <summary>The participant's last answer to the question in its round.</summary>
    Current,

    /// <summary>Replaced by a later answer of the same participant to the same question and round.</summary>
    Superseded,

    /// <summary>An answer of a participant who later withdrew: it no longer counts.</summary>
    Withdrawn,

    /// <summary>The entry that records the participant's withdrawal.</summary>
    Withdrawal,
}

namespace ConsensusLab.Reporting;

/// <summary>Whether a ledger entry is the participant's answer that counts, or one they later replaced.</summary>
public enum AnswerStatus
{
    /// <summary>The participant's last answer to the question in its round.</summary>
    Current,

    /// <summary>Replaced by a later answer of the same participant to the same question and round.</summary>
    Superseded,
}

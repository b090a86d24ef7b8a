namespace ConsensusLab.Grains.Questions;

/// <summary>What counting an answer (or vote) did to a question's counted answers.</summary>
internal enum CountOutcome
{
    /// <summary>Nothing: the participant withdrew.</summary>
    Withdrawn,

    /// <summary>Nothing: a later answer of the participant counts, or this one did already.</summary>
    Superseded,

    /// <summary>The participant's first answer (or first vote on the statement) counts now.</summary>
    Added,

    /// <summary>It counts now instead of the participant's earlier one.</summary>
    Replaced,
}

namespace ConsensusLab.Statistics;

/// <summary>The Delphi verdict on an ordinal question.</summary>
public enum ConsensusVerdict
{
    /// <summary>Answers are concentrated (small IQR) and enough respondents agree.</summary>
    ConsensusFor,

    /// <summary>Answers are concentrated (small IQR) and enough respondents disagree.</summary>
    ConsensusAgainst,

    /// <summary>Neither criterion is met.</summary>
    NoConsensus,

    /// <summary>No respondent carries weight.</summary>
    Undefined,
}

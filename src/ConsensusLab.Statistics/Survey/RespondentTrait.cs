namespace ConsensusLab.Statistics;

/// <summary>A trait of a respondent that weights can be raked to.</summary>
public enum RespondentTrait
{
    /// <summary>Stakeholder group.</summary>
    Group,

    /// <summary>UN regional group.</summary>
    RegionalGroup,

    /// <summary>Gender.</summary>
    Gender,
}
